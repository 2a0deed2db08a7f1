SELECT string_agg(id || ':' || amount, ',' ORDER BY id) = '1:-5,2:7' FROM public.orders
