-- The language becomes trusted and gains an inline handler and a
-- validator (rebuilt, with the function and transform that use it), the
-- transform gains its TO SQL function, a window function changes
-- volatility and gets a comment, another is dropped, a new one appears.
CREATE FUNCTION public.pl_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION public.pl_inline(internal) RETURNS void LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION public.pl_validator(oid) RETURNS void LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE TRUSTED LANGUAGE plmine HANDLER public.pl_handler INLINE public.pl_inline VALIDATOR public.pl_validator;
COMMENT ON LANGUAGE plmine IS 'ours, trusted';
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE plmine AS 'BEGIN RETURN 42; END';
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE FUNCTION public.mood_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.mood_to_sql(internal) RETURNS public.mood LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR public.mood LANGUAGE plmine (
  FROM SQL WITH FUNCTION public.mood_from_sql(internal),
  TO SQL WITH FUNCTION public.mood_to_sql(internal));
COMMENT ON TRANSFORM FOR public.mood LANGUAGE plmine IS 'both ways';
CREATE FUNCTION public.my_rank() RETURNS bigint LANGUAGE internal WINDOW STABLE AS 'window_rank';
COMMENT ON FUNCTION public.my_rank() IS 'rank, again';
CREATE FUNCTION public.my_dense_rank() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_dense_rank';
CREATE LANGUAGE plother HANDLER public.pl_handler;
