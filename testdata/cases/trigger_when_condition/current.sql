-- two row triggers, one without and one with a WHEN condition
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, body text, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER articles_touch_insert BEFORE INSERT ON articles FOR EACH ROW WHEN (NEW.title <> '') EXECUTE FUNCTION touch_updated_at();
