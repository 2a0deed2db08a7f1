-- Every user relation but indexes and TOAST tables, with what decides
-- whether driftless manages it (kind, partitioning, inheritance).
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'relkind', c.relkind,
         'unlogged', c.relpersistence = 'u',
         'options', coalesce(to_json(c.reloptions), '[]'),
         'comment', obj_description(c.oid, 'pg_class'),
         'is_partition', c.relispartition,
         'inherits', EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid),
         'row_security', c.relrowsecurity OR c.relforcerowsecurity,
         'acl', c.relacl IS NOT NULL)
         ORDER BY n.nspname, c.relname), '[]')::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f', 'c')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
