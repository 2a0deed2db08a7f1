-- a VOLATILE (default) non-strict function
CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql AS $$ SELECT lower(trim(s)) $$;
CREATE FUNCTION stamp() RETURNS timestamptz LANGUAGE sql STABLE AS $$ SELECT now() $$;
