-- an unused composite type (a, c)
CREATE TYPE triple AS (a integer, c integer);
