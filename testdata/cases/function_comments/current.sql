-- overloaded functions, one with a comment
CREATE FUNCTION fmt(v integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION fmt(v numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
COMMENT ON FUNCTION fmt(integer) IS 'formats an integer';
