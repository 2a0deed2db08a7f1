-- version 2: enum label removed + added, price columns widened, trigram index, generated column, new warehouse schema with identity tables, coupons table dropped
CREATE EXTENSION pg_trgm;
CREATE TYPE order_status AS ENUM ('cart', 'placed', 'paid', 'shipped', 'delivered', 'cancelled');
CREATE SEQUENCE order_number_seq START 10000 CACHE 20;
CREATE TABLE customers (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL,
    phone varchar(32),
    marketing_opt_in boolean NOT NULL DEFAULT false
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(16) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(12,2) NOT NULL CHECK (price >= 0),
    attributes jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX products_title_idx ON products USING gin (title gin_trgm_ops);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('order_number_seq') UNIQUE,
    customer_id integer NOT NULL REFERENCES customers ON DELETE RESTRICT,
    status order_status NOT NULL DEFAULT 'cart',
    placed_at timestamptz,
    CONSTRAINT orders_placed_has_date CHECK (status = 'cart' OR status = 'cancelled' OR placed_at IS NOT NULL)
);
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC NULLS LAST);
CREATE TABLE order_lines (
    order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
    line_no integer NOT NULL,
    product_id integer NOT NULL REFERENCES products,
    qty integer NOT NULL CHECK (qty > 0),
    unit_price numeric(12,2) NOT NULL,
    line_total numeric(14,2) GENERATED ALWAYS AS (qty * unit_price) STORED,
    PRIMARY KEY (order_id, line_no)
);
CREATE SCHEMA warehouse;
COMMENT ON SCHEMA warehouse IS 'stock keeping';
CREATE TABLE warehouse.locations (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE
);
CREATE TABLE warehouse.stock (
    location_id integer NOT NULL REFERENCES warehouse.locations,
    product_id integer NOT NULL REFERENCES public.products ON DELETE CASCADE,
    qty integer NOT NULL DEFAULT 0 CHECK (qty >= 0),
    PRIMARY KEY (location_id, product_id)
);
