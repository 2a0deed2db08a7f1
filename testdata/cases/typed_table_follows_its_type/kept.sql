SELECT string_agg(name || ':' || coalesce(age::text, '-') || ':' || email, ',' ORDER BY name)
       = 'ann:30:none,bob:-:none'
FROM people
