SELECT count(*) = 1 FROM public.accounts WHERE note = 'kept'
