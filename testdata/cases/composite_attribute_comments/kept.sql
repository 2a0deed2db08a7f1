SELECT (p).a = 1 AND (p).b = 2 AND (p).c = 3 FROM public.shapes WHERE id = 1
