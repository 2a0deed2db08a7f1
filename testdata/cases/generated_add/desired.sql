-- adds a stored generated column to a table with rows, plus an index on it
CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED
);
CREATE INDEX people_full_name_idx ON people (full_name);
