-- adds a column to the parent only: the child inherits it (no separate ADD COLUMN on the child)
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    color text DEFAULT 'white',
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
