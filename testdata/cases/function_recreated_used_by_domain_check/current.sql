CREATE FUNCTION is_slug(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[a-z0-9-]+$' $$;
CREATE DOMAIN slug AS text CONSTRAINT slug_ck CHECK (is_slug(VALUE));
CREATE TABLE pages (id int PRIMARY KEY, s slug);
INSERT INTO pages VALUES (1, 'hello-world');
