-- disables one event trigger and sets the other to ENABLE ALWAYS
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END;
$$;
CREATE EVENT TRIGGER log_a ON ddl_command_end EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER log_b ON ddl_command_start EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER log_a DISABLE;
ALTER EVENT TRIGGER log_b ENABLE ALWAYS;
