CREATE FUNCTION is_slug(candidate text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT candidate ~ '^[a-z0-9-]+$' $$;
CREATE DOMAIN slug AS text CONSTRAINT slug_ck CHECK (is_slug(VALUE));
CREATE TABLE pages (id int PRIMARY KEY, s slug);
