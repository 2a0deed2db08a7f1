-- a table with two views on it
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
CREATE VIEW order_customers AS SELECT DISTINCT customer FROM orders;
