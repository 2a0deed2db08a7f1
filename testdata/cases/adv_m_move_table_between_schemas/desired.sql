CREATE SCHEMA new;
CREATE TABLE new.customers (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES new.customers (id));
CREATE VIEW public.customer_orders AS SELECT c.name, count(o.id) AS n FROM new.customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.name;
CREATE FUNCTION new.customer_name(i int) RETURNS text LANGUAGE sql STABLE BEGIN ATOMIC SELECT name FROM new.customers WHERE id = i; END;
