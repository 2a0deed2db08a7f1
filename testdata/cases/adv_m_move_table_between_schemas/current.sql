CREATE SCHEMA old;
CREATE SCHEMA new;
CREATE TABLE old.customers (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES old.customers (id));
CREATE VIEW public.customer_orders AS SELECT c.name, count(o.id) AS n FROM old.customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.name;
CREATE FUNCTION old.customer_name(i int) RETURNS text LANGUAGE sql STABLE BEGIN ATOMIC SELECT name FROM old.customers WHERE id = i; END;
INSERT INTO old.customers VALUES (1, 'x');
