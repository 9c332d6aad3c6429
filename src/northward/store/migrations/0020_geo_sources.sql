-- A place or corridor can rest on several sources (place.source_id keeps the first one).
CREATE TABLE place_source (
    place_id  VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    role      VARCHAR NOT NULL,   -- entry (the facts) or coordinates
    PRIMARY KEY (place_id, source_id, role)
);

CREATE TABLE corridor_source (
    corridor_id VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,
    PRIMARY KEY (corridor_id, source_id)
);
