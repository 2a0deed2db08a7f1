-- the integer overload changes, the text overload is dropped and a date overload is added
CREATE FUNCTION describe(v integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'integer ' || v $$;
CREATE FUNCTION describe(v date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'date ' || v $$;
