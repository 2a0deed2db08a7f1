-- a table and a statement-level AFTER INSERT trigger
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE item_changes (at timestamptz NOT NULL DEFAULT now(), op text NOT NULL);
CREATE FUNCTION log_item_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO item_changes (op) VALUES (TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER items_log AFTER INSERT ON items FOR EACH STATEMENT EXECUTE FUNCTION log_item_change();
