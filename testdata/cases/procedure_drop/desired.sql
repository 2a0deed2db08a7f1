-- drops the procedure (DROP PROCEDURE, not DROP FUNCTION), keeps the function and the schema
CREATE SCHEMA ops;
CREATE FUNCTION public.housekeeping() RETURNS void LANGUAGE sql AS $$ SELECT $$;
