SELECT count(*) = 2 FROM public.t
