-- the statement trigger also fires on DELETE and TRUNCATE, and a second FOR EACH STATEMENT trigger is added
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE item_changes (at timestamptz NOT NULL DEFAULT now(), op text NOT NULL);
CREATE FUNCTION log_item_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO item_changes (op) VALUES (TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER items_log AFTER INSERT OR DELETE OR TRUNCATE ON items FOR EACH STATEMENT EXECUTE FUNCTION log_item_change();
CREATE TRIGGER items_log_update AFTER UPDATE ON items EXECUTE FUNCTION log_item_change();
