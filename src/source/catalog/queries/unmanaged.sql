-- User objects of kinds driftless does not manage: default privileges of
-- a kind from a later major. Each is reported and
-- left alone. Relations of unmanaged kinds come from relations.sql.
WITH items(kind, name) AS (
  -- a kind of default privileges from a later major
  SELECT 'default privileges', coalesce(quote_ident(n.nspname), 'all schemas') || ' for role ' || quote_ident(pg_get_userbyid(d.defaclrole))
  FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
  WHERE d.defaclobjtype NOT IN ('r', 'S', 'f', 'T', 'n', 'L')

)
SELECT coalesce(json_agg(json_build_array(kind, name) ORDER BY kind, name), '[]')::text FROM items
