-- the trigger is enabled again (plain CREATE TRIGGER, no ALTER)
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
