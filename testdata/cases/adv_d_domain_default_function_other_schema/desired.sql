CREATE SCHEMA util;
CREATE FUNCTION util.gen() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;
CREATE DOMAIN public.code AS text DEFAULT util.gen() CHECK (VALUE <> util.gen());
CREATE DOMAIN public.code2 AS text DEFAULT util.gen();
