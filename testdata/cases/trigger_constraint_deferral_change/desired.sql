-- the constraint trigger becomes DEFERRABLE INITIALLY IMMEDIATE
CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer NOT NULL);
CREATE FUNCTION child_has_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM parents WHERE id = NEW.parent_id) THEN
        RAISE EXCEPTION 'missing parent %', NEW.parent_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER children_parent AFTER INSERT OR UPDATE ON children FROM parents
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW EXECUTE FUNCTION child_has_parent();
