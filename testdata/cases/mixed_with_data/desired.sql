-- with rows present: enum gains a label, trigger function body and trigger change, a column is added, the view appends a column, a matview and an index are added
CREATE TYPE stock_state AS ENUM ('in_stock', 'low', 'out');
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, qty integer NOT NULL DEFAULT 0, state stock_state NOT NULL DEFAULT 'out', reorder_at integer NOT NULL DEFAULT 5);
CREATE FUNCTION set_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.state := CASE WHEN NEW.qty <= 0 THEN 'out' WHEN NEW.qty < NEW.reorder_at THEN 'low' ELSE 'in_stock' END;
    RETURN NEW;
END;
$$;
CREATE TRIGGER products_state BEFORE INSERT OR UPDATE OF qty, reorder_at ON products FOR EACH ROW EXECUTE FUNCTION set_state();
CREATE VIEW available_products AS SELECT id, name, qty, state FROM products WHERE state <> 'out';
CREATE FUNCTION stock_total() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(qty), 0) FROM products $$;
CREATE MATERIALIZED VIEW stock_by_state AS SELECT state, count(*) AS n, sum(qty) AS qty FROM products GROUP BY state;
CREATE UNIQUE INDEX stock_by_state_state_idx ON stock_by_state (state);
