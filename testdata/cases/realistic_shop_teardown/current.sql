-- a shop schema spread over two schemas with an extension, enum, sequences, FK cycle and comments
CREATE EXTENSION btree_gist;
CREATE SCHEMA shop;
CREATE TYPE shop.status AS ENUM ('new', 'done');
CREATE TABLE shop.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, default_address_id bigint);
CREATE TABLE shop.addresses (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES shop.customers ON DELETE CASCADE, line text);
ALTER TABLE shop.customers ADD FOREIGN KEY (default_address_id) REFERENCES shop.addresses DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE shop.orders (id bigserial PRIMARY KEY, customer_id bigint REFERENCES shop.customers, status shop.status NOT NULL DEFAULT 'new');
CREATE TABLE public.promotions (id integer PRIMARY KEY, active daterange NOT NULL, product text NOT NULL,
    EXCLUDE USING gist (product WITH =, active WITH &&));
COMMENT ON SCHEMA shop IS 'the shop';
COMMENT ON TABLE shop.orders IS 'orders';
INSERT INTO shop.customers DEFAULT VALUES;
INSERT INTO shop.addresses (customer_id, line) VALUES (1, 'Main St 1');
UPDATE shop.customers SET default_address_id = 1;
