-- a function carrying SET search_path from current
CREATE FUNCTION one() RETURNS integer LANGUAGE sql SET search_path FROM CURRENT AS $$ SELECT 1 $$;
