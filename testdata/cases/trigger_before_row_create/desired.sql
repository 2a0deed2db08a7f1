-- creates a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger using an existing function
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE INSERT OR UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
