-- A column under extended statistics changes type; the statistics object stays.
CREATE TABLE public.visits (day date, site bigint, hits integer);
CREATE STATISTICS public.visits_site_day (dependencies) ON site, day FROM public.visits;
