-- only the trigger function body changes; CREATE OR REPLACE keeps the trigger, no trigger drop needed
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, slug text);
CREATE FUNCTION make_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.slug IS NULL THEN
        NEW.slug := lower(regexp_replace(NEW.title, '[^a-zA-Z0-9]+', '-', 'g'));
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_slug BEFORE INSERT OR UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION make_slug();
