-- the trigger switches from FOR EACH ROW to FOR EACH STATEMENT
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE FUNCTION notify_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('items', TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER items_notify AFTER UPDATE ON items FOR EACH STATEMENT EXECUTE FUNCTION notify_items();
