-- an enum used by a table column and as a plpgsql function argument and return type
CREATE TYPE status AS ENUM ('new', 'legacy', 'done');
CREATE TABLE jobs (id integer PRIMARY KEY, st status NOT NULL DEFAULT 'new');
INSERT INTO jobs VALUES (1, 'new'), (2, 'done');
CREATE FUNCTION next_status(s status) RETURNS status LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF s = 'new' THEN
        RETURN 'done';
    END IF;
    RETURN s;
END;
$$;
