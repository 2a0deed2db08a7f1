CREATE TABLE other (id int);
CREATE TABLE orders (
  id int PRIMARY KEY,
  status varchar(20) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped')),
  kind character varying CHECK (kind = ANY (ARRAY['a', 'b']))
);
CREATE INDEX orders_active ON orders (id) WHERE status IN ('new', 'paid');
CREATE VIEW active_orders AS SELECT * FROM orders WHERE status IN ('new', 'paid');
CREATE DOMAIN color AS varchar(10) CHECK (VALUE IN ('red', 'green'));
