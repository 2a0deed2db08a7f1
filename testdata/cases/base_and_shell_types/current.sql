-- Base types built on PostgreSQL's internal I/O functions, as a C
-- extension's would be; a shell type waiting for its functions.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out,
  INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4);
CREATE TABLE public.readings (id integer PRIMARY KEY, v public.myint);
CREATE TYPE public.mytext;
CREATE FUNCTION public.mytext_in(cstring) RETURNS public.mytext LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION public.mytext_out(public.mytext) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE TYPE public.mytext (INPUT = public.mytext_in, OUTPUT = public.mytext_out, INTERNALLENGTH = VARIABLE);
CREATE TYPE public.pending;
CREATE TABLE public.notes (id integer PRIMARY KEY, body public.mytext DEFAULT 'empty', tags public.mytext[]);
INSERT INTO public.notes VALUES (1, 'kept', '{a,b}');
