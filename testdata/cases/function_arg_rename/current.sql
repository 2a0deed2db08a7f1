-- a function with a named argument
CREATE FUNCTION square(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x * x $$;
