-- a schema written in dependency order: referenced tables first
CREATE TYPE status AS ENUM ('on', 'off');
CREATE SEQUENCE order_no;
CREATE TABLE customers (id integer PRIMARY KEY, name text);
CREATE TABLE orders (id integer PRIMARY KEY DEFAULT nextval('order_no'), customer_id integer REFERENCES customers, s status);
CREATE INDEX orders_customer_idx ON orders (customer_id);
COMMENT ON TABLE orders IS 'orders';
COMMENT ON TABLE customers IS 'customers';
