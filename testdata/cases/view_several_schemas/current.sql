-- a table in one schema and a view in public
CREATE SCHEMA sales;
CREATE TABLE sales.orders (id integer PRIMARY KEY, region text NOT NULL, total numeric NOT NULL);
CREATE VIEW public.order_totals AS SELECT region, sum(total) AS total FROM sales.orders GROUP BY region;
