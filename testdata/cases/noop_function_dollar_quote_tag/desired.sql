-- NO-OP: the same bodies quoted as $body$ and $fn$ instead; text between the quotes is byte-identical
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $body$
BEGIN
    RETURN 'hi ' || who;
END;
$body$;
CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS $fn$SELECT 1$fn$;
