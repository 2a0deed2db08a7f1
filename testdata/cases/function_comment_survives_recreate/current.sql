-- a commented function returning integer
CREATE FUNCTION answer() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 42 $$;
COMMENT ON FUNCTION answer() IS 'the answer';
