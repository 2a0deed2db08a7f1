SELECT (SELECT string_agg(id || ':' || owner_name || ':' || balance, ',' ORDER BY id) FROM accounts) = '1:ann:10,2:bob:20'
