-- Schemas (namespaces) owned by the user: not system ones, not extension members.
SELECT coalesce(json_agg(json_build_object(
         'name', n.nspname,
         'comment', obj_description(n.oid, 'pg_namespace'),
         'owner', quote_ident(pg_get_userbyid(n.nspowner)),
         'acl', {{acl_json coalesce(n.nspacl, acldefault('n', n.nspowner)) | n.nspowner}}) ORDER BY n.nspname), '[]')::text
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                  AND d.objid = n.oid AND d.deptype = 'e')
