-- an event trigger with a tag filter
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END;
$$;
CREATE EVENT TRIGGER log_some ON ddl_command_start WHEN TAG IN ('CREATE INDEX', 'DROP INDEX') EXECUTE FUNCTION log_ddl();
