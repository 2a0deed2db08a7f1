-- a set-returning function with the default ROWS estimate
CREATE FUNCTION numbers(n integer) RETURNS SETOF integer LANGUAGE sql IMMUTABLE AS $$ SELECT generate_series(1, n) $$;
