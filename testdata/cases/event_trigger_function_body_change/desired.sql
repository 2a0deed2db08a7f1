-- the event trigger function body changes in place and the event trigger gets a comment
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    cmd record;
BEGIN
    FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        RAISE NOTICE 'ddl: % on %', cmd.command_tag, cmd.object_identity;
    END LOOP;
END;
$$;
CREATE EVENT TRIGGER log_ddl_end ON ddl_command_end EXECUTE FUNCTION log_ddl();
COMMENT ON EVENT TRIGGER log_ddl_end IS 'logs every DDL command';
