-- Source authority (issue 10): how far a source is from the original publisher of its figures.
-- grade: official_original, official_copy, reputable_media, secondary, unverified_copy (NULL: not yet
-- graded; a NULL grade ranks below every graded source, so it never silently wins).
-- original_publisher: who first published the figures (a bulletin's statistics bureau, Xinhua ...).
-- retrieved_from: the address of the copy the source was read from, when it is not the original.
ALTER TABLE source ADD COLUMN grade VARCHAR;
ALTER TABLE source ADD COLUMN original_publisher VARCHAR;
ALTER TABLE source ADD COLUMN retrieved_from VARCHAR;
