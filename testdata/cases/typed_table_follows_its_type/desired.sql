CREATE TYPE person AS (name text, age bigint, email text);
CREATE TABLE people OF person (
    email WITH OPTIONS DEFAULT 'none',
    PRIMARY KEY (name)
);
CREATE INDEX people_email ON people (email);
