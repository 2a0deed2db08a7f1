-- Column privileges on views: changed on a kept view, given on a new one,
-- carried over a view that is recreated.
CREATE TABLE public.people (id integer PRIMARY KEY, name text, email text, salary numeric);
CREATE VIEW public.directory AS SELECT id, name, email FROM public.people;
GRANT SELECT (id, email) ON public.directory TO isg_report;
GRANT SELECT (name) ON public.directory TO isg_app;
CREATE VIEW public.payroll AS SELECT salary, id FROM public.people;
GRANT SELECT (salary) ON public.payroll TO isg_app;
GRANT UPDATE (salary) ON public.payroll TO isg_report;
CREATE VIEW public.contacts AS SELECT name, email FROM public.people;
GRANT SELECT (email) ON public.contacts TO isg_app;
