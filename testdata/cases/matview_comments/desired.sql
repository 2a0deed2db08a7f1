-- changes the materialized view comment and adds a column comment
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
COMMENT ON MATERIALIZED VIEW region_sales IS 'refreshed hourly';
COMMENT ON COLUMN region_sales.total IS 'sum of amounts';
