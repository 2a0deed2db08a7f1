-- changes fillfactor and adds autovacuum_enabled=false on a materialized view, query unchanged
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales WITH (fillfactor = 90, autovacuum_enabled = false) AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
