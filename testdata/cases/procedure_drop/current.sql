-- a procedure and a function with the same name in different schemas
CREATE SCHEMA ops;
CREATE PROCEDURE ops.housekeeping() LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'housekeeping';
END;
$$;
CREATE FUNCTION public.housekeeping() RETURNS void LANGUAGE sql AS $$ SELECT $$;
