-- moves the comment between overloads and changes its text
CREATE FUNCTION fmt(v integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION fmt(v numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
COMMENT ON FUNCTION fmt(numeric) IS 'formats a numeric';
