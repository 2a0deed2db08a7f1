-- a function not executable by PUBLIC
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
REVOKE EXECUTE ON FUNCTION add_tax(numeric) FROM PUBLIC;
