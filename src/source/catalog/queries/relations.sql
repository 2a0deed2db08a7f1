-- Every user relation but indexes and TOAST tables, with what decides
-- whether driftless manages it (kind, partitioning, inheritance).
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'relkind', c.relkind,
         'unlogged', c.relpersistence = 'u',
         -- the TOAST table's settings, spelled as they are set: toast.name=value
         'options', coalesce(to_json(c.reloptions || (SELECT array_agg('toast.' || o ORDER BY ord)
             FROM pg_class tc, unnest(tc.reloptions) WITH ORDINALITY u(o, ord) WHERE tc.oid = c.reltoastrelid)), '[]'),
         'comment', obj_description(c.oid, 'pg_class'),
         'partition_by', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
         'partition_of', CASE WHEN c.relispartition THEN
             (SELECT json_build_array(pn.nspname, pc.relname, pg_get_expr(c.relpartbound, c.oid))
              FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
              JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid) END,
         'inherits', CASE WHEN NOT c.relispartition THEN coalesce(
             (SELECT json_agg(json_build_array(pn.nspname, pc.relname) ORDER BY i.inhseqno)
              FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
              JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid), '[]') ELSE '[]' END,
         'foreign', CASE WHEN c.relkind = 'f' THEN (
             SELECT json_build_object('server', quote_ident(s.srvname), 'options', {{options ft.ftoptions}})
             FROM pg_foreign_table ft JOIN pg_foreign_server s ON s.oid = ft.ftserver WHERE ft.ftrelid = c.oid) END,
         'of_type', CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, NULL) END,
         'row_security', c.relrowsecurity,
         'force_row_security', c.relforcerowsecurity,
         -- DEFAULT is no value; an identity index dropped leaves NOTHING
         'replica_identity', CASE WHEN c.relkind IN ('r', 'p') THEN CASE c.relreplident
             WHEN 'f' THEN to_json('full'::text)
             WHEN 'n' THEN to_json('nothing'::text)
             WHEN 'i' THEN coalesce((SELECT json_build_object('index', ic.relname)
                 FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
                 WHERE x.indrelid = c.oid AND x.indisreplident), to_json('nothing'::text)) END END,
         'clustered_on', CASE WHEN c.relkind = 'r' THEN (SELECT ic.relname
             FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
             WHERE x.indrelid = c.oid AND x.indisclustered) END,
         -- a table's (or partitioned table's, from 17) access method, unless heap
         'access_method', CASE WHEN c.relkind IN ('r', 'p') THEN (SELECT quote_ident(am.amname)
             FROM pg_am am WHERE am.oid = c.relam AND am.amname <> 'heap') END,
         'owner', quote_ident(pg_get_userbyid(c.relowner)),
         'acl', {{acl_json coalesce(c.relacl, acldefault('r', c.relowner)) | c.relowner}})
         ORDER BY n.nspname, c.relname), '[]')::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f', 'c')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
