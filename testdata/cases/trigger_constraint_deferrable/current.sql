-- a plain AFTER row trigger enforcing a cross-table rule
CREATE TABLE orders (id integer PRIMARY KEY);
CREATE TABLE order_lines (id integer PRIMARY KEY, order_id integer NOT NULL REFERENCES orders, qty integer NOT NULL);
CREATE FUNCTION order_has_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM order_lines WHERE order_id = NEW.id) THEN
        RAISE EXCEPTION 'order % has no lines', NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER orders_need_lines AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION order_has_lines();
