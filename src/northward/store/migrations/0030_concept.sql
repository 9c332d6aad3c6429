-- The corpus glossary in the store: concepts of the field in Chinese (with variants), English and
-- Russian, each citing the sources of its conventional renderings (data/corpus/glossary.yaml).
CREATE TABLE concept (
    concept_id  VARCHAR PRIMARY KEY,
    zh          VARCHAR NOT NULL,
    variants    VARCHAR[],
    en          VARCHAR NOT NULL,
    ru          VARCHAR,
    category    VARCHAR,
    source_ids  VARCHAR[],
    note        VARCHAR
);
