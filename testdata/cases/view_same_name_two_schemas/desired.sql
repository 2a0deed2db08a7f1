-- only the view in schema b changes; the same-named view in schema a is untouched
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE public.t (id integer PRIMARY KEY, x integer, y integer);
CREATE VIEW a.summary AS SELECT id, x FROM public.t;
CREATE VIEW b.summary AS SELECT id, y, x + y AS total FROM public.t;
