-- Row-level security policies.
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', p.polname,
         'permissive', p.polpermissive,
         'command', CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                  WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
         -- in stored order, which CREATE POLICY keeps
         'roles', (SELECT json_agg(CASE WHEN r.role = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.role)) END
                                   ORDER BY r.n)
                   FROM unnest(p.polroles) WITH ORDINALITY AS r(role, n)),
         'using', pg_get_expr(p.polqual, p.polrelid),
         'check', pg_get_expr(p.polwithcheck, p.polrelid),
         'comment', obj_description(p.oid, 'pg_policy'))
         ORDER BY n.nspname, c.relname, p.polname), '[]')::text
FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
