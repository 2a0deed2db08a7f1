SELECT count(*) = 1 FROM public.bookings WHERE room = 7
