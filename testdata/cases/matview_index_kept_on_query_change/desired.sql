-- the query changes (drop + create); both indexes must exist again afterwards
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region_idx ON region_sales (region);
CREATE INDEX region_sales_total_idx ON region_sales (total DESC);
