-- a materialized view with two indexes
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
INSERT INTO sales VALUES (1, 'north', 10), (2, 'south', 20);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region_idx ON region_sales (region);
CREATE INDEX region_sales_total_idx ON region_sales (total DESC);
