SELECT (SELECT count(*) FROM public.people_n_z WHERE surname = 'Smith') = 1 AND (SELECT count(*) FROM public.people_rest) = 0
