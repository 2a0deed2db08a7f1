-- Default privileges (pg_default_acl): tables, sequences, functions,
-- types, schemas and (from 18) large objects.
SELECT coalesce(json_agg(json_build_object(
         'role', quote_ident(pg_get_userbyid(d.defaclrole)),
         'schema', n.nspname,
         'objects', d.defaclobjtype,
         'acl', {{acl_json d.defaclacl | d.defaclrole}},
         'position', d.position)
       ORDER BY pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype), '[]')::text
-- the rows' physical order: each ALTER DEFAULT PRIVILEGES moves its row last
FROM (SELECT *, row_number() OVER (ORDER BY ctid) AS position FROM pg_default_acl) d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
WHERE d.defaclobjtype IN ('r', 'S', 'f', 'T', 'n', 'L')
