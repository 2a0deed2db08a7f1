-- two functions, one with SET search_path
CREATE SCHEMA app;
CREATE TABLE app.users (id integer PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION user_count() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT count(*) FROM app.users);
END;
$$;
CREATE FUNCTION user_name(i integer) RETURNS text LANGUAGE plpgsql STABLE SET search_path = app, public AS $$
BEGIN
    RETURN (SELECT name FROM users WHERE id = i);
END;
$$;
