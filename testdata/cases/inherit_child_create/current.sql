-- a parent table with a CHECK constraint
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
