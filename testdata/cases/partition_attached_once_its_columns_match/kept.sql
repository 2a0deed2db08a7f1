SELECT count(*) = 2 FROM public.station_2 WHERE fahrenheit = celsius * 9 / 5 + 32
