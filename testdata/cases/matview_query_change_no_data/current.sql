-- an unpopulated materialized view
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region FROM sales GROUP BY region WITH NO DATA;
