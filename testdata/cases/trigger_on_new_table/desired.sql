-- creates a schema, table, trigger function and triggers in one go (function and table before trigger)
CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY, name text NOT NULL, changed_at timestamptz);
CREATE FUNCTION app.items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := clock_timestamp();
    RETURN NEW;
END;
$$;
CREATE TRIGGER items_changed BEFORE INSERT OR UPDATE OF name ON app.items FOR EACH ROW EXECUTE PROCEDURE app.items_changed();
CREATE TRIGGER "Items Audit" AFTER UPDATE ON app.items FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION app.items_changed();
