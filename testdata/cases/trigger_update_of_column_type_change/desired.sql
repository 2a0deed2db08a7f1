-- the watched column changes type int -> bigint; PostgreSQL refuses ALTER TYPE on a column named in UPDATE OF, so the unchanged trigger is dropped and recreated around it
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, views bigint NOT NULL DEFAULT 0, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE OF views ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
