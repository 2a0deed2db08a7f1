-- creates a SQL function and a plpgsql function from nothing
CREATE FUNCTION add_one(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT x + 1 $$;
CREATE FUNCTION greet(who text) RETURNS text
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN 'hello, ' || who;
END;
$$;
