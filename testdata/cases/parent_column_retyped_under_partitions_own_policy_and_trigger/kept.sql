SELECT (SELECT units FROM public.usage) = 10 AND (SELECT value FROM public.readings_lab) = 40
