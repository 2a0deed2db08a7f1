-- an index and a constraint whose names will be reused by other tables
CREATE TABLE jobs (id integer PRIMARY KEY, name text, CONSTRAINT name_present CHECK (name IS NOT NULL));
CREATE INDEX jobs_name_idx ON jobs (name);
