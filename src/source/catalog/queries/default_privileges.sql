-- Default privileges (pg_default_acl): tables, sequences, functions,
-- types, schemas and (from 18) large objects.
SELECT coalesce(json_agg(json_build_object(
         'role', quote_ident(pg_get_userbyid(d.defaclrole)),
         'schema', n.nspname,
         'objects', d.defaclobjtype,
         'acl', {{acl_json d.defaclacl | d.defaclrole}})
       ORDER BY pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype), '[]')::text
FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
WHERE d.defaclobjtype IN ('r', 'S', 'f', 'T', 'n', 'L')
