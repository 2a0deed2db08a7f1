-- creates a materialized view WITH NO DATA (left unpopulated)
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS
    SELECT region, sum(amount) AS total FROM sales GROUP BY region
WITH NO DATA;
