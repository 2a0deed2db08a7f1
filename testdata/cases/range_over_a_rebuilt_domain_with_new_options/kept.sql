SELECT string_agg(id || ':' || coalesce(during::text, '-'), ',' ORDER BY id) = '1:[1,5),2:-' FROM booking
