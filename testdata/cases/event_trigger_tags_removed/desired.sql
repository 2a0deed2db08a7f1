-- the tag filter is removed so the event trigger fires for every command; the event moves to ddl_command_end
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END;
$$;
CREATE EVENT TRIGGER log_some ON ddl_command_end EXECUTE FUNCTION log_ddl();
