-- User objects of kinds driftless does not manage yet. Each is reported and
-- left alone. Relations of unmanaged kinds come from relations.sql.
WITH user_ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname !~ '^pg_(toast_)?temp_'
),
ext AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'),
items(kind, name) AS (
  SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END,
         quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('a', 'w')
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                    AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  SELECT 'rule', quote_ident(r.rulename) || ' on ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN user_ns n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN'
  UNION ALL
  SELECT CASE t.typtype WHEN 'p' THEN 'pseudo type' ELSE 'base type' END,
         quote_ident(n.nspname) || '.' || quote_ident(t.typname)
  FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('b', 'p') AND t.typrelid = 0
    AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
    AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)
  UNION ALL
  SELECT 'operator', quote_ident(n.nspname) || '.' || o.oprname || '(' || format_type(o.oprleft, NULL) || ', ' || format_type(o.oprright, NULL) || ')'
  FROM pg_operator o JOIN user_ns n ON n.oid = o.oprnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_operator'::regclass AND objid = o.oid)
  UNION ALL
  SELECT 'text search configuration', quote_ident(n.nspname) || '.' || quote_ident(c.cfgname)
  FROM pg_ts_config c JOIN user_ns n ON n.oid = c.cfgnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_ts_config'::regclass AND objid = c.oid)
  UNION ALL
  SELECT 'statistics object', quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
  FROM pg_statistic_ext s JOIN user_ns n ON n.oid = s.stxnamespace
  UNION ALL
  SELECT 'publication', quote_ident(p.pubname) FROM pg_publication p
  UNION ALL
  SELECT 'foreign server', quote_ident(s.srvname) FROM pg_foreign_server s
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_foreign_server'::regclass AND objid = s.oid)
  UNION ALL
  SELECT 'foreign-data wrapper', quote_ident(w.fdwname) FROM pg_foreign_data_wrapper w
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_foreign_data_wrapper'::regclass AND objid = w.oid)
  UNION ALL
  -- pg_user_mappings, unlike pg_user_mapping, is readable by everyone
  SELECT 'user mapping', 'for ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(m.usename) END
         || ' server ' || quote_ident(m.srvname)
  FROM pg_user_mappings m
  UNION ALL
  SELECT 'cast', '(' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')'
  FROM pg_cast c
  WHERE c.oid >= 16384
    AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_cast'::regclass AND objid = c.oid)
  UNION ALL
  SELECT 'conversion', quote_ident(n.nspname) || '.' || quote_ident(c.conname)
  FROM pg_conversion c JOIN user_ns n ON n.oid = c.connamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_conversion'::regclass AND objid = c.oid)
  UNION ALL
  SELECT 'access method', quote_ident(a.amname) FROM pg_am a
  WHERE a.oid >= 16384
    AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_am'::regclass AND objid = a.oid)
  UNION ALL
  SELECT 'operator class', quote_ident(n.nspname) || '.' || quote_ident(o.opcname) || ' using ' || quote_ident(a.amname)
  FROM pg_opclass o JOIN user_ns n ON n.oid = o.opcnamespace JOIN pg_am a ON a.oid = o.opcmethod
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_opclass'::regclass AND objid = o.oid)
  UNION ALL
  SELECT 'operator family', quote_ident(n.nspname) || '.' || quote_ident(f.opfname) || ' using ' || quote_ident(a.amname)
  FROM pg_opfamily f JOIN user_ns n ON n.oid = f.opfnamespace JOIN pg_am a ON a.oid = f.opfmethod
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_opfamily'::regclass AND objid = f.oid)
  UNION ALL
  SELECT 'text search dictionary', quote_ident(n.nspname) || '.' || quote_ident(d.dictname)
  FROM pg_ts_dict d JOIN user_ns n ON n.oid = d.dictnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_ts_dict'::regclass AND objid = d.oid)
  UNION ALL
  SELECT 'text search parser', quote_ident(n.nspname) || '.' || quote_ident(p.prsname)
  FROM pg_ts_parser p JOIN user_ns n ON n.oid = p.prsnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_ts_parser'::regclass AND objid = p.oid)
  UNION ALL
  SELECT 'text search template', quote_ident(n.nspname) || '.' || quote_ident(t.tmplname)
  FROM pg_ts_template t JOIN user_ns n ON n.oid = t.tmplnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_ts_template'::regclass AND objid = t.oid)
  UNION ALL
  SELECT 'language', quote_ident(l.lanname) FROM pg_language l
  WHERE l.oid >= 16384
    AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_language'::regclass AND objid = l.oid)
  UNION ALL
  SELECT 'transform', 'for ' || format_type(t.trftype, NULL) || ' language ' || quote_ident(l.lanname)
  FROM pg_transform t JOIN pg_language l ON l.oid = t.trflang
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_transform'::regclass AND objid = t.oid)
  UNION ALL
  -- subscriptions of this database (subname is readable by everyone)
  SELECT 'subscription', quote_ident(s.subname) FROM pg_subscription s
  WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  SELECT 'default privileges', coalesce(quote_ident(n.nspname), 'all schemas') || ' for role ' || quote_ident(pg_get_userbyid(d.defaclrole))
  FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
  UNION ALL
  -- column-level privileges of views (those of tables are managed)
  SELECT 'column privileges', quote_ident(n.nspname) || '.' || quote_ident(c.relname) || '.' || quote_ident(a.attname)
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
  UNION ALL
  -- privileges granted on the sequence behind an identity column
  SELECT 'identity sequence privileges', quote_ident(n.nspname) || '.' || quote_ident(c.relname)
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind = 'S' AND c.relacl IS NOT NULL
    AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                AND d.objid = c.oid AND d.deptype = 'i')

)
SELECT coalesce(json_agg(json_build_array(kind, name) ORDER BY kind, name), '[]')::text FROM items
