CREATE TABLE public.visits (day date, site integer, hits integer);
CREATE STATISTICS public.visits_site_day (dependencies) ON site, day FROM public.visits;
INSERT INTO public.visits VALUES ('2026-01-01', 1, 10);
