CREATE TYPE person AS (name text, age int);
CREATE TABLE people OF person (
    age WITH OPTIONS DEFAULT 0 NOT NULL,
    PRIMARY KEY (name),
    CHECK (age >= 0)
);
CREATE TABLE guests OF person;
COMMENT ON COLUMN people.age IS 'years';
