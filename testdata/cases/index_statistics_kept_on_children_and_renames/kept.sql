SELECT (SELECT a FROM public.t WHERE id = 1) = 5
