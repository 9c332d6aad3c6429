-- Product categories used besides HS codes and TOTAL (机电产品, passenger cars ...).
CREATE TABLE product (
    code     VARCHAR PRIMARY KEY,
    name_en  VARCHAR NOT NULL,
    name_zh  VARCHAR,
    hs_codes VARCHAR,
    note     VARCHAR
);
