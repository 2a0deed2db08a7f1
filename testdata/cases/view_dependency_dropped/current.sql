-- a view built on another view
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL, cancelled boolean NOT NULL DEFAULT false);
CREATE VIEW active_orders AS SELECT id, customer, total FROM orders WHERE NOT cancelled;
CREATE VIEW customer_totals AS SELECT customer, sum(total) AS total FROM active_orders GROUP BY customer;
