-- removes the SET clause from the function (ALTER FUNCTION ... RESET ALL or recreate)
CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
