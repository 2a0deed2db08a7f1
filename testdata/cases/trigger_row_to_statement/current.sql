-- an AFTER UPDATE trigger FOR EACH ROW
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE FUNCTION notify_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('items', TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER items_notify AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION notify_items();
