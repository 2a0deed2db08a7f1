-- NO-OP: the same schema written in another order; the FK table comes first and its FK is added afterwards
COMMENT ON SCHEMA public IS 'standard public schema';
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, s integer);
CREATE INDEX orders_customer_idx ON orders (customer_id);
COMMENT ON TABLE orders IS 'orders';
CREATE TABLE customers (id integer PRIMARY KEY, name text);
COMMENT ON TABLE customers IS 'customers';
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers;
CREATE SEQUENCE order_no;
ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('order_no');
CREATE TYPE status AS ENUM ('on', 'off');
ALTER TABLE orders ALTER COLUMN s TYPE status USING NULL;
