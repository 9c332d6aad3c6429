-- Source authority (issue 10): the grade of the text as read, the original's publisher when we read a
-- copy or a report of it, and the copy's address. The same columns come with 0040 on the `core` branch;
-- IF NOT EXISTS makes this a no-op there, and lets it apply on its own.
ALTER TABLE source ADD COLUMN IF NOT EXISTS grade VARCHAR;
ALTER TABLE source ADD COLUMN IF NOT EXISTS original_publisher VARCHAR;
ALTER TABLE source ADD COLUMN IF NOT EXISTS retrieved_from VARCHAR;
