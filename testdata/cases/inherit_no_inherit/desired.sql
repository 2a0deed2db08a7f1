-- the child becomes a plain table with the same columns and no CHECK (NO INHERIT leaves the inherited CHECK as a local one, which must then be dropped)
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    CONSTRAINT vehicles_make_nonempty CHECK (make <> '')
);
CREATE TABLE trucks (id integer NOT NULL, make text NOT NULL, payload_kg integer);
