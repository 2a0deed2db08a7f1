CREATE TABLE public.people (id integer PRIMARY KEY, name text, email text, salary numeric);
CREATE VIEW public.directory AS SELECT id, name, email FROM public.people;
GRANT SELECT (id, name) ON public.directory TO isg_report;
CREATE VIEW public.payroll AS SELECT id, salary FROM public.people;
GRANT SELECT (salary) ON public.payroll TO isg_app;
