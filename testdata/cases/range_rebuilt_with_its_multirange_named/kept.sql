SELECT string_agg(id || ':' || taken::text, ',' ORDER BY id) = '1:[1,5)' FROM slots
