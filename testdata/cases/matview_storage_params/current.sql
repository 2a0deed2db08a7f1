-- a materialized view with fillfactor 70
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales WITH (fillfactor = 70) AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
