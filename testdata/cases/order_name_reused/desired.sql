-- the index name moves to a new table in the same schema (drop must precede create); the check name moves too
CREATE TABLE jobs (id integer PRIMARY KEY, name text);
CREATE TABLE job_archive (id integer PRIMARY KEY, name text, CONSTRAINT name_present CHECK (name IS NOT NULL));
CREATE INDEX jobs_name_idx ON job_archive (name);
