-- a parent and a child with rows
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
INSERT INTO trucks VALUES (1, 'volvo', 9000);
