-- the return type changes (drop + create); the unchanged comment must be restored
CREATE FUNCTION answer() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 42::bigint $$;
COMMENT ON FUNCTION answer() IS 'the answer';
