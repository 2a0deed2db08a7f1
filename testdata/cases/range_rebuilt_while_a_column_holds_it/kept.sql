SELECT string_agg(id || ':' || coalesce(window_span::text, '-'), ',' ORDER BY id) = '1:[1.5,2.5),2:-'
FROM readings
