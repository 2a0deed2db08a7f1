-- functions quoted with $$ and with single quotes
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN 'hi ' || who;
END;
$$;
CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS 'SELECT 1';
