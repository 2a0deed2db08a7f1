-- User objects of kinds driftless does not manage yet (kinds compared by
-- their DDL come from ddl_objects.sql). Each is reported and
-- left alone. Relations of unmanaged kinds come from relations.sql.
WITH user_ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname !~ '^pg_(toast_)?temp_'
),
ext AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'),
items(kind, name) AS (
  SELECT CASE t.typtype WHEN 'p' THEN 'pseudo type' ELSE 'base type' END,
         quote_ident(n.nspname) || '.' || quote_ident(t.typname)
  FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('b', 'p') AND t.typrelid = 0
    AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
    AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)
  UNION ALL
  -- subscriptions of this database (subname is readable by everyone)
  SELECT 'subscription', quote_ident(s.subname) FROM pg_subscription s
  WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  -- a kind of default privileges from a later major
  SELECT 'default privileges', coalesce(quote_ident(n.nspname), 'all schemas') || ' for role ' || quote_ident(pg_get_userbyid(d.defaclrole))
  FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
  WHERE d.defaclobjtype NOT IN ('r', 'S', 'f', 'T', 'n', 'L')

)
SELECT coalesce(json_agg(json_build_array(kind, name) ORDER BY kind, name), '[]')::text FROM items
