-- a trigger whose function lives in another schema
CREATE SCHEMA trg;
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION trg.upper_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.name := upper(NEW.name);
    RETURN NEW;
END;
$$;
CREATE TRIGGER items_upper BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION trg.upper_name();
