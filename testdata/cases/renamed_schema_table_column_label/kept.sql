SELECT (SELECT string_agg(id || ':' || description || ':' || score, ',' ORDER BY id) FROM store.users) = '1:first:1,2:second:2'
   AND (SELECT string_agg(person || ':' || mood, ',' ORDER BY person) FROM store.visits) = '1:happy,2:sad'
   AND nextval('store.users_id_seq') = 3
