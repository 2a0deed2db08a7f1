-- changes one trigger comment, adds the other, and comments the trigger function
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER articles_touch_insert BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
COMMENT ON TRIGGER articles_touch ON articles IS 'sets updated_at on every update';
COMMENT ON TRIGGER articles_touch_insert ON articles IS 'sets updated_at on insert';
COMMENT ON FUNCTION touch_updated_at() IS 'generic updated_at trigger function';
