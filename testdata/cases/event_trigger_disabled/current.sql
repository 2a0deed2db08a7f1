-- two enabled event triggers
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END;
$$;
CREATE EVENT TRIGGER log_a ON ddl_command_end EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER log_b ON ddl_command_start EXECUTE FUNCTION log_ddl();
