-- Privileges on foreign-data wrappers, servers and languages, and default
-- privileges on large objects where the major has them.
CREATE FOREIGN DATA WRAPPER fdp_wrapper;
CREATE SERVER fdp_server FOREIGN DATA WRAPPER fdp_wrapper;
CREATE SERVER fdp_other FOREIGN DATA WRAPPER fdp_wrapper;
GRANT USAGE ON FOREIGN SERVER fdp_other TO fdp_reader;
CREATE FUNCTION public.pl_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE TRUSTED LANGUAGE pltrusty HANDLER public.pl_handler;
