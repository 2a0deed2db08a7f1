-- adds SET search_path and another setting to one function, changes the search_path of the other
CREATE SCHEMA app;
CREATE TABLE app.users (id integer PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION user_count() RETURNS bigint LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp SET work_mem = '8MB' AS $$
BEGIN
    RETURN (SELECT count(*) FROM app.users);
END;
$$;
CREATE FUNCTION user_name(i integer) RETURNS text LANGUAGE plpgsql STABLE SET search_path = app AS $$
BEGIN
    RETURN (SELECT name FROM users WHERE id = i);
END;
$$;
