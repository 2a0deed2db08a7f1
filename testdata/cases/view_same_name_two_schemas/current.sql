-- two schemas each with a view named summary
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE public.t (id integer PRIMARY KEY, x integer, y integer);
CREATE VIEW a.summary AS SELECT id, x FROM public.t;
CREATE VIEW b.summary AS SELECT id, y FROM public.t;
