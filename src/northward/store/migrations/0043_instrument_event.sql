-- Dated events in the history of a zone, crossing or corridor (data/geo/events.yaml): approval,
-- opening, suspension, reopening, milestones. `on_date` is as precise as the sources (2019,
-- 2019-08 or 2019-08-02); `year` is its year, for joining with annual series.
CREATE TABLE instrument_event (
    subject_id   VARCHAR NOT NULL,   -- a place_id or a corridor_id
    subject_type VARCHAR NOT NULL,   -- place or corridor
    seq          INTEGER NOT NULL,   -- order within the subject's history
    on_date      VARCHAR NOT NULL,
    year         INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,
    summary      VARCHAR NOT NULL,
    note         VARCHAR,
    PRIMARY KEY (subject_id, seq)
);

CREATE TABLE instrument_event_source (
    subject_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    source_id  VARCHAR NOT NULL,
    PRIMARY KEY (subject_id, seq, source_id)
);
