
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers, total numeric(10,2) NOT NULL);
-- helper written the way many teams do: unqualified names, relies on the file's search_path
CREATE FUNCTION customer_total(cid int) RETURNS numeric LANGUAGE sql STABLE
  AS $$ SELECT coalesce(sum(total), 0) FROM orders WHERE customer_id = cid $$;
CREATE MATERIALIZED VIEW customer_totals AS SELECT c.id, c.name, customer_total(c.id) AS total FROM customers c;
CREATE UNIQUE INDEX customer_totals_id ON customer_totals (id);
