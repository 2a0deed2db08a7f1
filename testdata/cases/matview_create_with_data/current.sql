-- a table with rows and no materialized view
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
INSERT INTO sales VALUES (1, 'north', 10), (2, 'south', 20), (3, 'north', 5);
