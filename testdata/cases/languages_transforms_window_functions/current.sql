-- A project's own procedural language (plpgsql's C handler under another
-- name), a function written in it, a transform for a type of the project,
-- and window functions in C: each changes below.
CREATE FUNCTION public.pl_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION public.pl_inline(internal) RETURNS void LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION public.pl_validator(oid) RETURNS void LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE LANGUAGE plmine HANDLER public.pl_handler;
COMMENT ON LANGUAGE plmine IS 'ours';
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE plmine AS 'BEGIN RETURN 42; END';
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE FUNCTION public.mood_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.mood_to_sql(internal) RETURNS public.mood LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR public.mood LANGUAGE plmine (FROM SQL WITH FUNCTION public.mood_from_sql(internal));
CREATE FUNCTION public.my_rank() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_rank';
CREATE FUNCTION public.my_row_number() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_row_number';
