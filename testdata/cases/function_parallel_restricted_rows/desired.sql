-- sets PARALLEL RESTRICTED, ROWS 10 and COST 1 on a set-returning function
CREATE FUNCTION numbers(n integer) RETURNS SETOF integer LANGUAGE sql IMMUTABLE PARALLEL RESTRICTED COST 1 ROWS 10 AS $$ SELECT generate_series(1, n) $$;
