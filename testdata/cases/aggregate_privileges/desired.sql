-- Privileges on aggregates are a function's: EXECUTE, granted to PUBLIC by default.
CREATE FUNCTION public.keep_max(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT greatest($1, $2)';
CREATE AGGREGATE public.top(integer) (SFUNC = public.keep_max, STYPE = integer);
REVOKE EXECUTE ON FUNCTION public.top(integer) FROM PUBLIC;
CREATE AGGREGATE public.bottom(integer) (SFUNC = int4smaller, STYPE = integer);
CREATE AGGREGATE public.newest(integer) (SFUNC = int4larger, STYPE = integer);
REVOKE ALL ON FUNCTION public.newest(integer) FROM PUBLIC;
