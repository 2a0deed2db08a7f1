-- the query gains a column; the recreated materialized view stays WITH NO DATA
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, max(amount) AS biggest FROM sales GROUP BY region WITH NO DATA;
