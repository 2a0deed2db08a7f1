-- Grants on the wrapper and a server, one revoked, PUBLIC's use of the
-- trusted language taken away and given to one role.
CREATE FOREIGN DATA WRAPPER fdp_wrapper;
GRANT USAGE ON FOREIGN DATA WRAPPER fdp_wrapper TO fdp_writer WITH GRANT OPTION;
CREATE SERVER fdp_server FOREIGN DATA WRAPPER fdp_wrapper;
GRANT USAGE ON FOREIGN SERVER fdp_server TO fdp_reader, fdp_writer;
CREATE SERVER fdp_other FOREIGN DATA WRAPPER fdp_wrapper;
CREATE FUNCTION public.pl_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE TRUSTED LANGUAGE pltrusty HANDLER public.pl_handler;
REVOKE USAGE ON LANGUAGE pltrusty FROM PUBLIC;
GRANT USAGE ON LANGUAGE pltrusty TO fdp_reader;
