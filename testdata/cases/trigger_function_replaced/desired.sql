-- the trigger now executes a new function (with a trigger argument) and the old function is dropped
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz, updated_by text);
CREATE FUNCTION touch_v2() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    NEW.updated_by := coalesce(TG_ARGV[0], current_user);
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION touch_v2('app');
