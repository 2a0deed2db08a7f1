SELECT string_agg(id || ':' || amount || ':' || code, ',') = '1:10:AB' FROM public.payments
