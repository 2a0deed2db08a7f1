-- restricts the trigger to UPDATE OF title, body
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, body text, views integer NOT NULL DEFAULT 0, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE OF title, body ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
