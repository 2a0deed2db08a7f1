-- a materialized view with a fillfactor
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales WITH (fillfactor = 50) AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
