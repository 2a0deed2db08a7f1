-- changes the query of a materialized view (no CREATE OR REPLACE: drop + create)
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL, sold_on date NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS
    SELECT region, date_trunc('month', sold_on)::date AS month, sum(amount) AS total
    FROM sales GROUP BY region, date_trunc('month', sold_on);
