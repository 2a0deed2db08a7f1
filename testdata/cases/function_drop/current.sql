-- two functions
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
CREATE FUNCTION add_two(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 2 $$;
