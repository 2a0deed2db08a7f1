-- adds a WHEN (OLD.* IS DISTINCT FROM NEW.*) condition to one trigger and changes the other's condition
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, body text, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER articles_touch_insert BEFORE INSERT ON articles FOR EACH ROW
    WHEN (NEW.title <> '' AND NEW.body IS NOT NULL) EXECUTE FUNCTION touch_updated_at();
