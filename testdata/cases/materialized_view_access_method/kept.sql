SELECT (SELECT n FROM public.totals) = 2 AND (SELECT low FROM public.fresh) = 1
