-- drops one of two views, keeping the table and the other view
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL);
CREATE VIEW order_customers AS SELECT DISTINCT customer FROM orders;
