-- a function returning integer
CREATE FUNCTION answer() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 42 $$;
