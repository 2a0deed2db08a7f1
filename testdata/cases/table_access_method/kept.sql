SELECT (SELECT sum(a) FROM public.t) = 3 AND (SELECT note FROM public.back_to_heap WHERE id = 7) = 'seven' AND (SELECT id FROM public.leaves) = 5
