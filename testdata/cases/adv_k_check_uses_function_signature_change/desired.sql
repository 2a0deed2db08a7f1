CREATE FUNCTION is_valid_sku(s text, strict_mode boolean DEFAULT true) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN strict_mode THEN s ~ '^[A-Z]{3}-[0-9]+$' ELSE s <> '' END $$;
CREATE TABLE products (id int PRIMARY KEY, sku text NOT NULL CONSTRAINT sku_ok CHECK (is_valid_sku(sku)));
CREATE DOMAIN sku_t AS text CHECK (is_valid_sku(VALUE, false));
CREATE TABLE stock (sku sku_t PRIMARY KEY);
