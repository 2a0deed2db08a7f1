-- an unused composite type next to a table
CREATE TYPE dimensions AS (width numeric(8,2), height numeric(8,2));
CREATE TABLE boxes (id integer PRIMARY KEY);
