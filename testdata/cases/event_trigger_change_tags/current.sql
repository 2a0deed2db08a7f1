-- an event trigger filtered to CREATE TABLE
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END;
$$;
CREATE EVENT TRIGGER log_creates ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION log_ddl();
