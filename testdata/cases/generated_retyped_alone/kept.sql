SELECT string_agg(id || ':' || cents || ':' || doubled || ':' || pg_typeof(doubled), ',' ORDER BY id)
       = '1:150:300:bigint,2:7:14:bigint'
FROM ledger
