-- a composite type and a table that does not use it yet
CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2));
INSERT INTO orders VALUES (1, 9.99);
