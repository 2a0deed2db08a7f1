-- a trigger and its function, with rows in the table
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, slug text);
INSERT INTO articles VALUES (1, 'Hello World', 'hello-world');
CREATE FUNCTION make_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.slug := lower(replace(NEW.title, ' ', '-'));
    RETURN NEW;
END;
$$;
CREATE TRIGGER articles_slug BEFORE INSERT OR UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION make_slug();
