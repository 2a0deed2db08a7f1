SELECT string_agg(id || ':' || state || ':' || prio, ',' ORDER BY id) = '1:open:1,150:open:1' FROM jobs
