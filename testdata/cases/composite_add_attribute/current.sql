-- an unused composite type with two attributes
CREATE TYPE address AS (street text, city text);
