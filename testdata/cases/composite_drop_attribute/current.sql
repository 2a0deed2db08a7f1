-- an unused composite type with three attributes
CREATE TYPE person_name AS (given text, middle text, family text);
