CREATE FUNCTION refuse_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'drops are not allowed here';
END
$$;
CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION refuse_drops();
ALTER EVENT TRIGGER no_drops DISABLE;
