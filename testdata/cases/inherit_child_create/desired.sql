-- creates a child table with its own column inheriting from the parent (INHERITS): it gets the parent's columns and CHECK
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
