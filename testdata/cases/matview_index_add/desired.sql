-- adds a unique index and a partial expression index on an unchanged materialized view
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region_idx ON region_sales (region);
CREATE INDEX region_sales_lower_idx ON region_sales (lower(region)) WHERE total > 0;
