SELECT (SELECT b FROM public.p3 WHERE a = 25) = 7
