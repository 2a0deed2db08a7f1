SELECT (SELECT v || a FROM public.t WHERE id = 1) = 'x2' AND (SELECT x::text FROM public.m WHERE id = 1) = 'a'
