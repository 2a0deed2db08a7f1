SELECT string_agg(id || ':' || coalesce(applies::text, '-'), ',' ORDER BY id) = '1:[low,high],2:-' FROM rules
