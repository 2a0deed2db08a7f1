SELECT count(*) = 2 FROM public.guests
