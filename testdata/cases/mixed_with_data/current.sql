-- a small inventory schema with rows, a view, a function and a trigger
CREATE TYPE stock_state AS ENUM ('in_stock', 'out');
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, qty integer NOT NULL DEFAULT 0, state stock_state NOT NULL DEFAULT 'out');
CREATE FUNCTION set_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.state := CASE WHEN NEW.qty > 0 THEN 'in_stock' ELSE 'out' END;
    RETURN NEW;
END;
$$;
CREATE TRIGGER products_state BEFORE INSERT OR UPDATE ON products FOR EACH ROW EXECUTE FUNCTION set_state();
INSERT INTO products (id, name, qty) VALUES (1, 'bolt', 10), (2, 'nut', 0), (3, 'washer', 3);
CREATE VIEW available_products AS SELECT id, name, qty FROM products WHERE state = 'in_stock';
CREATE FUNCTION stock_total() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT sum(qty) FROM products $$;
