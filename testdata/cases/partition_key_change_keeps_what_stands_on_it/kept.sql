SELECT (SELECT last_value FROM public.s) = 42 AND (SELECT last_value FROM public.p_id_seq) = 7
