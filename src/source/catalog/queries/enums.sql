SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', t.typname,
         'labels', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
         'comment', obj_description(t.oid, 'pg_type'),
         'owner', quote_ident(pg_get_userbyid(t.typowner)),
         'acl', {{acl_json coalesce(t.typacl, acldefault('T', t.typowner)) | t.typowner}}) ORDER BY n.nspname, t.typname), '[]')::text
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
