SELECT (SELECT count(*) FROM public.audit_2025) = 1 AND (SELECT count(*) FROM public.audit_rest) = 0
