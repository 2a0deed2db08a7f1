-- a parent with two children
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
CREATE TABLE vans (doors integer) INHERITS (vehicles);
INSERT INTO vans VALUES (2, 'ford', 4);
