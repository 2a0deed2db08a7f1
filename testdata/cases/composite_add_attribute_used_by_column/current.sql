-- a composite type used by a table column with rows
CREATE TYPE address AS (street text, city text);
CREATE TABLE customers (id integer PRIMARY KEY, home address);
INSERT INTO customers VALUES (1, ROW('1 Main St', 'Dover'));
