-- an enum label is removed (enum rebuilt); the function whose signature uses the enum must be dropped and recreated around it
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE jobs (id integer PRIMARY KEY, st status NOT NULL DEFAULT 'new');
CREATE FUNCTION next_status(s status) RETURNS status LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF s = 'new' THEN
        RETURN 'done';
    END IF;
    RETURN s;
END;
$$;
