-- a populated materialized view over a table with rows
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL, sold_on date NOT NULL);
INSERT INTO sales VALUES (1, 'north', 10, '2024-01-01'), (2, 'south', 20, '2024-02-01');
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
