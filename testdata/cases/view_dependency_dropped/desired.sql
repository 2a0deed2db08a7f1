-- the inner view is dropped; the outer view now reads the table directly
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL, cancelled boolean NOT NULL DEFAULT false);
CREATE VIEW customer_totals AS SELECT customer, sum(total) AS total FROM orders WHERE NOT cancelled GROUP BY customer;
