SELECT (SELECT count(*) FROM public.events_2025_all) = 1 AND (SELECT count(*) FROM public.events_other) = 0
