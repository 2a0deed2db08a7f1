CREATE FUNCTION is_valid_sku(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]{3}-[0-9]+$' $$;
CREATE TABLE products (id int PRIMARY KEY, sku text NOT NULL CONSTRAINT sku_ok CHECK (is_valid_sku(sku)));
CREATE DOMAIN sku_t AS text CHECK (is_valid_sku(VALUE));
CREATE TABLE stock (sku sku_t PRIMARY KEY);
INSERT INTO products VALUES (1, 'ABC-1');
