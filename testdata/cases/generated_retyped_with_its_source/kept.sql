SELECT string_agg(id || ':' || cents || ':' || doubled, ',' ORDER BY id) = '1:150:300,2:7:14'
FROM ledger
