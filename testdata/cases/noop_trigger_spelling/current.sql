-- a trigger written with EXECUTE FUNCTION and FOR EACH ROW
CREATE TABLE t (id integer PRIMARY KEY, v text, changed_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW WHEN (NEW.v IS NOT NULL) EXECUTE FUNCTION touch();
