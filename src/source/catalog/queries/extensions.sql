SELECT coalesce(json_agg(json_build_object(
         'name', x.extname,
         'schema', n.nspname,
         'version', x.extversion,
         'comment', obj_description(x.oid, 'pg_extension')) ORDER BY x.extname), '[]')::text
FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
