-- myint keeps its definition and gains a comment, a grant and a column;
-- mytext gains binary I/O, a category and collation (rebuilt); the shell
-- type goes; a new shell and a new base type with an element appear.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out,
  INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4);
COMMENT ON TYPE public.myint IS 'an integer, by another name';
REVOKE USAGE ON TYPE public.myint FROM PUBLIC;
CREATE TABLE public.readings (id integer PRIMARY KEY, v public.myint, w public.myint);
CREATE TYPE public.mytext;
CREATE FUNCTION public.mytext_in(cstring) RETURNS public.mytext LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION public.mytext_out(public.mytext) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE FUNCTION public.mytext_recv(internal) RETURNS public.mytext LANGUAGE internal IMMUTABLE STRICT AS 'textrecv';
CREATE FUNCTION public.mytext_send(public.mytext) RETURNS bytea LANGUAGE internal IMMUTABLE STRICT AS 'textsend';
CREATE TYPE public.mytext (INPUT = public.mytext_in, OUTPUT = public.mytext_out,
  RECEIVE = public.mytext_recv, SEND = public.mytext_send,
  INTERNALLENGTH = VARIABLE, STORAGE = extended, CATEGORY = 'S', COLLATABLE = true);
CREATE TYPE public.later;
CREATE TYPE public.pair;
CREATE FUNCTION public.pair_in(cstring) RETURNS public.pair LANGUAGE internal IMMUTABLE STRICT AS 'int8in';
CREATE FUNCTION public.pair_out(public.pair) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int8out';
CREATE TYPE public.pair (INPUT = public.pair_in, OUTPUT = public.pair_out, INTERNALLENGTH = 8,
  ALIGNMENT = double, ELEMENT = integer, DEFAULT = '0');
-- mytext's columns are converted through text around its rebuild.
CREATE TABLE public.notes (id integer PRIMARY KEY, body public.mytext DEFAULT 'empty', tags public.mytext[]);
