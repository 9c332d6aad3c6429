-- The lake's catalogue: the Parquet files of every committed import batch (paths relative to the
-- lake root). Readers see exactly these files; listing them is the commit of an import.
CREATE TABLE lake_file (
    path      VARCHAR PRIMARY KEY,   -- observation/batch_id=<n>/year=<yyyy>/<run>-<i>.parquet
    batch_id  BIGINT NOT NULL,
    rows      BIGINT NOT NULL,
    bytes     BIGINT
);
