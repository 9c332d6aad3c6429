-- The evidence store: sources, territories, observations, places, corridors, documents, batches.
CREATE TABLE source (
    source_id   VARCHAR PRIMARY KEY,
    kind        VARCHAR NOT NULL,
    title       VARCHAR NOT NULL,
    title_en    VARCHAR,
    publisher   VARCHAR,
    author      VARCHAR,
    url         VARCHAR,
    published   VARCHAR,
    accessed    VARCHAR,
    language    VARCHAR,
    licence     VARCHAR,
    citation    VARCHAR,
    doi         VARCHAR,
    cited_by    VARCHAR,
    ref         VARCHAR,
    note        VARCHAR,
    batch_id    BIGINT
);

CREATE TABLE territory (
    code     VARCHAR PRIMARY KEY,
    level    VARCHAR NOT NULL,      -- world, country, province, prefecture, county, aggregate, federal_subject
    parent   VARCHAR,
    name_zh  VARCHAR,
    name_en  VARCHAR NOT NULL,
    name_ru  VARCHAR,
    iso_numeric VARCHAR,
    members  VARCHAR               -- for aggregates: comma-separated member codes (NEC = CN-HL,CN-JL,CN-LN,CN-NM)
);

CREATE TABLE indicator (
    name        VARCHAR PRIMARY KEY,
    kind        VARCHAR NOT NULL,   -- level or derived
    unit        VARCHAR,
    description VARCHAR NOT NULL,
    formula     VARCHAR             -- for derived indicators: how northward recomputes them
);

CREATE SEQUENCE obs_id_seq START 1;

CREATE TABLE observation (
    obs_id        BIGINT NOT NULL DEFAULT nextval('obs_id_seq'),
    indicator     VARCHAR NOT NULL,
    territory     VARCHAR NOT NULL,
    partner       VARCHAR,          -- territory code of the partner, WLD for all partners, NULL if none
    product       VARCHAR,          -- HS code as text, TOTAL, or a category code from products.csv
    flow          VARCHAR,          -- export, import, total, balance, or NULL
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    freq          VARCHAR NOT NULL, -- A, Q, M, YTD, P (a point in time), R (a span compared end to end)
    unit          VARCHAR NOT NULL, -- base units: CNY, USD, percent, persons, times, rank, count ...
    value         DOUBLE,
    decimals      SMALLINT,         -- decimals as stated in the source (for rounding intervals)
    qualifier     VARCHAR,          -- exact, about, over, under, nearly, at_least (as stated)
    status        VARCHAR NOT NULL, -- final, preliminary, revised, estimate, derived
    source_id     VARCHAR NOT NULL,
    primary_source_id VARCHAR,      -- the source the citing source names for the figure
    batch_id      BIGINT,
    trade_mode    VARCHAR,          -- customs trade mode code (贸易方式), when imported from customs
    quantity      DOUBLE,
    quantity_unit VARCHAR,
    quantity2     DOUBLE,
    quantity2_unit VARCHAR,
    stated        VARCHAR,          -- the figure as the source writes it ("3.7 times", "10.7 billion")
    note          VARCHAR
);

CREATE TABLE place (
    place_id     VARCHAR PRIMARY KEY,
    kind         VARCHAR NOT NULL,  -- border_crossing, ftz, ftz_area, ecommerce_zone, development_zone, city, port
    territory    VARCHAR NOT NULL,
    name_zh      VARCHAR,
    name_en      VARCHAR NOT NULL,
    name_ru      VARCHAR,
    lat          DOUBLE,
    lon          DOUBLE,
    coord_precision VARCHAR,        -- checkpoint, town, approximate
    mode         VARCHAR,           -- road, rail, river, ice_road, pipeline, air (comma-separated)
    status       VARCHAR,           -- operating, seasonal, suspended, planned, approved, applied, unconfirmed
    opened       VARCHAR,
    area_km2     DOUBLE,
    counterpart  VARCHAR,           -- the town opposite, for border crossings
    parent       VARCHAR,
    source_id    VARCHAR NOT NULL,
    details      VARCHAR            -- JSON with the registry's other fields
);

CREATE TABLE place_alias (
    place_id  VARCHAR NOT NULL,
    alias     VARCHAR NOT NULL,
    language  VARCHAR
);

CREATE TABLE corridor (
    corridor_id VARCHAR PRIMARY KEY,
    name_zh     VARCHAR,
    name_en     VARCHAR NOT NULL,
    name_ru     VARCHAR,
    modes       VARCHAR,
    source_id   VARCHAR NOT NULL,
    details     VARCHAR
);

CREATE TABLE corridor_node (
    corridor_id VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,
    place_id    VARCHAR NOT NULL,
    mode_to_next VARCHAR,
    km_to_next  DOUBLE,
    PRIMARY KEY (corridor_id, seq)
);

CREATE TABLE document (
    doc_id     VARCHAR PRIMARY KEY,
    title      VARCHAR NOT NULL,
    title_en   VARCHAR,
    issuer     VARCHAR,
    territory  VARCHAR,
    doc_type   VARCHAR,
    published  VARCHAR,
    language   VARCHAR,
    url        VARCHAR,
    sha256     VARCHAR,
    source_id  VARCHAR
);

CREATE SEQUENCE batch_id_seq START 1;

CREATE TABLE batch (
    batch_id   BIGINT PRIMARY KEY DEFAULT nextval('batch_id_seq'),
    importer   VARCHAR NOT NULL,
    file       VARCHAR,
    sha256     VARCHAR,
    rows       BIGINT,
    started    TIMESTAMP,
    finished   TIMESTAMP,
    status     VARCHAR NOT NULL,   -- running, done, failed, dropped
    options    VARCHAR,            -- JSON: the options the import ran with (flow, period, currency ...)
    message    VARCHAR
);
