-- an sql_drop event trigger and its function
CREATE FUNCTION report_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        RAISE NOTICE 'dropped % %', obj.object_type, obj.object_identity;
    END LOOP;
END;
$$;
CREATE EVENT TRIGGER report_drops ON sql_drop EXECUTE FUNCTION report_drops();
