-- Columns of ordinary, partitioned and foreign tables, in attnum order.
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', a.attname,
         'data_type', format_type(a.atttypid, a.atttypmod),
         'not_null', a.attnotnull,
         'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
         'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
         'generated_virtual', a.attgenerated = 'v',
         'identity', a.attidentity,
         'identity_options', CASE WHEN a.attidentity <> '' THEN (
             SELECT json_build_object('data_type', format_type(s.seqtypid, NULL), 'start', s.seqstart,
                    'increment', s.seqincrement, 'min', s.seqmin, 'max', s.seqmax, 'cache', s.seqcache,
                    'cycle', s.seqcycle)
             FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
             WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
               AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i' LIMIT 1) END,
         'not_null_constraint', {{v:not_null_constraint}},
         'identity_sequence', CASE WHEN a.attidentity <> '' THEN (
             SELECT json_build_array(sn.nspname, sc.relname)
             FROM pg_depend d JOIN pg_class sc ON sc.oid = d.objid
             JOIN pg_namespace sn ON sn.oid = sc.relnamespace
             WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
               AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i' LIMIT 1) END,
         'identity_acl', CASE WHEN a.attidentity <> '' THEN (
             SELECT {{acl_json coalesce(sc.relacl, acldefault('s', sc.relowner)) | sc.relowner}}
             FROM pg_depend d JOIN pg_class sc ON sc.oid = d.objid
             WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
               AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i' LIMIT 1) END,
         'identity_last_value', CASE WHEN a.attidentity <> '' THEN (
             SELECT pg_sequence_last_value(d.objid)
             FROM pg_depend d
             WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
               AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i' LIMIT 1) END,
         'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
             (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
         'comment', col_description(c.oid, a.attnum),
         'inherited', NOT a.attislocal,
         'storage', {{column_storage}},
         'compression', {{v:column_compression}},
         -- -1 (before 17) or NULL (17 on): the server's default target
         'statistics', NULLIF(a.attstattarget, -1)::int,
         -- only the options PostgreSQL defines for a column
         'options', CASE WHEN a.attoptions IS NOT NULL THEN
             (SELECT json_agg(o ORDER BY o) FROM unnest(a.attoptions) o
              WHERE o ~ '^n_distinct(_inherited)?=') END,
         'fdw_options', {{options a.attfdwoptions}},
         -- mostly NULL (no column grants): no subquery then
         'acl', CASE WHEN a.attacl IS NULL THEN '[]'::json
                     ELSE {{acl_json a.attacl | c.relowner}} END) ORDER BY n.nspname, c.relname, a.attnum), '[]')::text
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE c.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
