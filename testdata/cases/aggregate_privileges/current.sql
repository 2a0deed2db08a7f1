CREATE FUNCTION public.keep_max(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT greatest($1, $2)';
CREATE AGGREGATE public.top(integer) (SFUNC = public.keep_max, STYPE = integer);
CREATE AGGREGATE public.bottom(integer) (SFUNC = int4smaller, STYPE = integer);
REVOKE EXECUTE ON FUNCTION public.bottom(integer) FROM PUBLIC;
