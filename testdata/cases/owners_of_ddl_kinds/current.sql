-- Objects of the kinds compared by their DDL, owned by whoever created them.
CREATE FUNCTION public.pl_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE TRUSTED LANGUAGE plowned HANDLER public.pl_handler;
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4);
CREATE OPERATOR public.=== (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR FAMILY public.fam USING hash;
CREATE TEXT SEARCH CONFIGURATION public.cfg (PARSER = pg_catalog."default");
CREATE TABLE public.t (a integer, b integer);
CREATE STATISTICS public.t_ab ON a, b FROM public.t;
CREATE FOREIGN DATA WRAPPER owned_fdw;
CREATE CONVERSION public.conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
