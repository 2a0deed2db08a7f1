-- drops one child table (destructive); the parent and the other child stay
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
