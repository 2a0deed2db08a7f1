-- a parent and a separate table with matching columns and the parent's CHECK
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE buses (
    id integer NOT NULL,
    make text NOT NULL,
    seats integer,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
INSERT INTO buses VALUES (7, 'man', 50);
