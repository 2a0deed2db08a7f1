CREATE FUNCTION slugify(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g')) $$;
CREATE TABLE pages (id int PRIMARY KEY, title text NOT NULL, slug text GENERATED ALWAYS AS (slugify(title)) STORED);
CREATE UNIQUE INDEX pages_slug ON pages (slug);
CREATE INDEX pages_title_slug ON pages (slugify(title));
INSERT INTO pages (id, title) VALUES (1, 'Hello World');
