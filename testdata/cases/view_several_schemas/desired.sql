-- views spread over three schemas, one schema new, one view reading a view in another schema
CREATE SCHEMA sales;
CREATE SCHEMA reporting;
CREATE TABLE sales.orders (id integer PRIMARY KEY, region text NOT NULL, total numeric NOT NULL);
CREATE VIEW public.order_totals AS SELECT region, sum(total) AS total FROM sales.orders GROUP BY region;
CREATE VIEW sales.big_orders AS SELECT id, region, total FROM sales.orders WHERE total > 1000;
CREATE VIEW reporting.big_order_regions AS SELECT DISTINCT region FROM sales.big_orders;
