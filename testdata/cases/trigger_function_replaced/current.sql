-- a trigger executing an old function
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz, updated_by text);
CREATE FUNCTION touch_v1() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION touch_v1();
