-- creates a populated materialized view (explicit WITH DATA) in a new schema
CREATE SCHEMA stats;
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW stats.region_sales AS
    SELECT region, sum(amount) AS total, count(*) AS n FROM public.sales GROUP BY region
WITH DATA;
