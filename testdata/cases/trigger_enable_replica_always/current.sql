-- three triggers: one ENABLE REPLICA, one ENABLE ALWAYS, one default
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER t_replica BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER t_always BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER t_origin AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
ALTER TABLE articles ENABLE REPLICA TRIGGER t_replica;
ALTER TABLE articles ENABLE ALWAYS TRIGGER t_always;
