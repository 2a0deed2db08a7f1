-- Objects compared by the DDL that creates them (see model::ddl): one
-- fragment per kind in kinds/, put together by the ddl_objects template.
WITH user_ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname !~ '^pg_(toast_)?temp_'
),
{{ddl_objects}}
SELECT coalesce(json_agg(json_build_object('kind', kind, 'name', name, 'schema', schema, 'signature', signature,
                                           'create', "create", 'comment', comment, 'acl', acl,
                                           'options', options, 'owner', owner,
                                           'settings', coalesce(settings, '{}'))
                         ORDER BY kind, name), '[]')::text
FROM ddl
