CREATE SCHEMA util;
CREATE FUNCTION util.gen() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;
CREATE DOMAIN public.code AS text;
