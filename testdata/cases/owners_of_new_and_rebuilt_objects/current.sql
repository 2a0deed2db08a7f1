CREATE TABLE public.notes (id integer PRIMARY KEY, body varchar(50));
ALTER TABLE public.notes OWNER TO own_app;
CREATE VIEW public.note_bodies AS SELECT body FROM public.notes;
ALTER VIEW public.note_bodies OWNER TO own_app;
CREATE AGGREGATE public.longest(integer) (SFUNC = int4larger, STYPE = integer);
ALTER AGGREGATE public.longest(integer) OWNER TO own_ops;
