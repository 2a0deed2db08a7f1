-- a function with PostgreSQL's default EXECUTE for PUBLIC, restated explicitly
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
GRANT EXECUTE ON FUNCTION add_tax(numeric) TO PUBLIC;
