-- a materialized view with an index
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region_idx ON region_sales (region);
