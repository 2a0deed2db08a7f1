-- changes the return type (CREATE OR REPLACE cannot: needs drop + create)
CREATE FUNCTION answer() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '42' $$;
