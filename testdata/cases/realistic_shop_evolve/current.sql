-- version 1 of a shop schema, with data
CREATE TYPE order_status AS ENUM ('cart', 'placed', 'paid', 'on_hold', 'shipped', 'cancelled');
CREATE SEQUENCE order_number_seq START 10000;
CREATE TABLE customers (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL,
    phone varchar(20)
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(16) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(8,2) NOT NULL CHECK (price >= 0),
    stock integer NOT NULL DEFAULT 0
);
CREATE INDEX products_title_idx ON products (title);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('order_number_seq'),
    customer_id integer NOT NULL REFERENCES customers,
    status order_status NOT NULL DEFAULT 'cart',
    placed_at timestamp
);
CREATE TABLE order_lines (
    order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
    line_no integer NOT NULL,
    product_id integer NOT NULL REFERENCES products,
    qty integer NOT NULL CHECK (qty > 0),
    unit_price numeric(8,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE TABLE coupons (code text PRIMARY KEY, pct integer NOT NULL);
INSERT INTO customers (email, name) VALUES ('a@x', 'A'), ('b@x', 'B');
INSERT INTO products (sku, title, price, stock) VALUES ('P-1', 'Pen', 1.50, 100), ('P-2', 'Paper', 4.00, 20);
INSERT INTO orders (customer_id, status, placed_at) VALUES (1, 'paid', '2024-03-01 12:00'), (2, 'cart', NULL);
INSERT INTO order_lines VALUES (1, 1, 1, 3, 1.50), (1, 2, 2, 1, 4.00);
INSERT INTO coupons VALUES ('SPRING', 10);
