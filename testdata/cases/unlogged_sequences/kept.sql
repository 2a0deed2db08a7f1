SELECT count(*) = 2 AND max(id) = 2 FROM public.audit
