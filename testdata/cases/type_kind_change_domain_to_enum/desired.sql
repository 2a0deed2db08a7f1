CREATE TYPE public.priority AS ENUM ('low', 'high', 'urgent');
CREATE TABLE public.tasks (id integer PRIMARY KEY, p public.priority, ps public.priority[]);
CREATE VIEW public.urgent AS SELECT id FROM public.tasks WHERE p = 'high';
