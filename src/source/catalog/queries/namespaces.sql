-- Schemas (namespaces) owned by the user: not system ones, not extension members.
SELECT coalesce(json_agg(json_build_object(
         'name', n.nspname,
         'comment', obj_description(n.oid, 'pg_namespace'),
         'acl', (SELECT coalesce(json_agg(json_build_array(g.grantee, g.privilege_type, g.is_grantable) ORDER BY g.grantee, g.privilege_type, g.is_grantable), '[]') FROM (SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' WHEN a.grantee = n.nspowner THEN '@owner' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee, a.privilege_type, a.is_grantable FROM (SELECT coalesce(n.nspacl, acldefault('n', n.nspowner)) AS acl) x, aclexplode(CASE WHEN cardinality(x.acl) > 0 THEN x.acl END) a) g)) ORDER BY n.nspname), '[]')::text
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                  AND d.objid = n.oid AND d.deptype = 'e')
