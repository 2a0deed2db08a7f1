SELECT string_agg(id || ':' || codes::text || ':' || coalesce(more::text, '-'), ',' ORDER BY id)
       = '1:{AB,CD}:{EF},2:{}:-'
FROM items
