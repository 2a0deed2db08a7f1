-- the separate table starts inheriting from the parent (ALTER TABLE ... INHERIT), keeping its rows
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE buses (seats integer) INHERITS (vehicles);
