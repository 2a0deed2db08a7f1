-- A domain whose name becomes an enum's: the columns keep their values.
CREATE DOMAIN public.priority AS text CHECK (VALUE IN ('low', 'high'));
CREATE TABLE public.tasks (id integer PRIMARY KEY, p public.priority, ps public.priority[]);
INSERT INTO public.tasks VALUES (1, 'high', '{low,high}');
CREATE VIEW public.urgent AS SELECT id FROM public.tasks WHERE p = 'high';
