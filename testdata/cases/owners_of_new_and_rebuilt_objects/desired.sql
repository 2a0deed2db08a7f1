-- New objects get their owners; a view recreated over a retyped column and
-- an aggregate rebuilt with a new definition keep theirs.
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
ALTER TABLE public.notes OWNER TO own_app;
CREATE VIEW public.note_bodies AS SELECT body FROM public.notes;
ALTER VIEW public.note_bodies OWNER TO own_app;
CREATE AGGREGATE public.longest(integer) (SFUNC = int4larger, STYPE = integer, INITCOND = '0');
ALTER AGGREGATE public.longest(integer) OWNER TO own_ops;
CREATE SCHEMA archive;
ALTER SCHEMA archive OWNER TO own_ops;
CREATE TABLE archive.old_notes (id integer, body text);
ALTER TABLE archive.old_notes OWNER TO own_ops;
CREATE FUNCTION archive.note_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.notes';
ALTER FUNCTION archive.note_count() OWNER TO own_app;
