-- the trigger moves to a same-named function in public; the schema-qualified old function is dropped with its schema
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION public.upper_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.name := upper(trim(NEW.name));
    RETURN NEW;
END;
$$;
CREATE TRIGGER items_upper BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION public.upper_name();
