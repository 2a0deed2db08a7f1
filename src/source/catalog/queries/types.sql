-- Domains, composite types, range types and collations of the user.
WITH user_ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname !~ '^pg_(toast_)?temp_'
),
ext AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
SELECT json_build_object(
  'domains', (SELECT coalesce(json_agg(json_build_object(
        'schema', n.nspname,
        'name', t.typname,
        'base_type', format_type(t.typbasetype, t.typtypmod),
        'collation', CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN
            (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
             FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation) END,
        'default', pg_get_expr(t.typdefaultbin, 0),
        'not_null', t.typnotnull,
        'not_null_name', {{v:domain_not_null_name}},
        'checks', coalesce((SELECT json_object_agg(co.conname, pg_get_constraintdef(co.oid))
                            FROM pg_constraint co WHERE co.contypid = t.oid AND co.contype = 'c'), '{}'),
        'check_comments', coalesce((SELECT json_object_agg(co.conname, d.description)
                            FROM pg_constraint co JOIN pg_description d ON d.objoid = co.oid
                             AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
                            WHERE co.contypid = t.oid AND co.contype = 'c'), '{}'),
        'comment', obj_description(t.oid, 'pg_type'),
        'owner', quote_ident(pg_get_userbyid(t.typowner)),
        'acl', {{acl_json coalesce(t.typacl, acldefault('T', t.typowner)) | t.typowner}}) ORDER BY n.nspname, t.typname), '[]')
     FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace JOIN pg_type bt ON bt.oid = t.typbasetype
     WHERE t.typtype = 'd'
       AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)),
  'composites', (SELECT coalesce(json_agg(json_build_object(
        'schema', n.nspname,
        'name', c.relname,
        'attributes', coalesce((SELECT json_agg(json_build_array(a.attname, format_type(a.atttypid, a.atttypmod),
                 CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN
                   (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END)
                 ORDER BY a.attnum)
               FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]'),
        'comment', obj_description(t.oid, 'pg_type'),
        'attribute_comments', (SELECT json_object_agg(a.attname, d.description ORDER BY a.attnum)
               FROM pg_attribute a JOIN pg_description d
                 ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = a.attnum
               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
        'owner', quote_ident(pg_get_userbyid(t.typowner)),
        'acl', {{acl_json coalesce(t.typacl, acldefault('T', t.typowner)) | t.typowner}}) ORDER BY n.nspname, c.relname), '[]')
     FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace JOIN pg_type t ON t.typrelid = c.oid
     WHERE c.relkind = 'c'
       AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)
       AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_class'::regclass AND objid = c.oid)),
  'ranges', (SELECT coalesce(json_agg(json_build_object(
        'schema', n.nspname,
        'name', t.typname,
        'subtype', format_type(r.rngsubtype, NULL),
        'options', (SELECT coalesce(json_agg(o), '[]') FROM (
            SELECT 'SUBTYPE_OPCLASS = ' || quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) AS o
              FROM pg_opclass oc JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
              WHERE oc.oid = r.rngsubopc AND NOT oc.opcdefault
            UNION ALL
            SELECT 'COLLATION = ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
              WHERE co.oid = r.rngcollation AND r.rngcollation <> (SELECT typcollation FROM pg_type WHERE oid = r.rngsubtype)
            UNION ALL
            SELECT 'CANONICAL = ' || r.rngcanonical::regproc::text WHERE r.rngcanonical <> 0
            UNION ALL
            SELECT 'SUBTYPE_DIFF = ' || r.rngsubdiff::regproc::text WHERE r.rngsubdiff <> 0
            UNION ALL
            SELECT 'MULTIRANGE_TYPE_NAME = ' || quote_ident(mn.nspname) || '.' || quote_ident(mt.typname)
              FROM pg_type mt JOIN pg_namespace mn ON mn.oid = mt.typnamespace WHERE mt.oid = {{v:range_multirange}}
            ) opts),
        'comment', obj_description(t.oid, 'pg_type'),
        'owner', quote_ident(pg_get_userbyid(t.typowner)),
        'acl', {{acl_json coalesce(t.typacl, acldefault('T', t.typowner)) | t.typowner}}) ORDER BY n.nspname, t.typname), '[]')
     FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace JOIN pg_range r ON r.rngtypid = t.oid
     WHERE t.typtype = 'r'
       AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)),
  'collations', (SELECT coalesce(json_agg(json_build_object(
        'schema', n.nspname,
        'name', co.collname,
        'options', json_build_array(
            'provider = ' || CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' WHEN 'b' THEN 'builtin' ELSE 'default' END)::jsonb
          || CASE WHEN co.collprovider IN ('i', 'b') THEN jsonb_build_array('locale = ' || quote_literal({{v:collation_locale}}))
                  ELSE jsonb_build_array('lc_collate = ' || quote_literal(co.collcollate), 'lc_ctype = ' || quote_literal(co.collctype)) END
          || CASE WHEN {{v:collation_rules}} IS NOT NULL THEN jsonb_build_array('rules = ' || quote_literal({{v:collation_rules}})) ELSE '[]'::jsonb END
          || CASE WHEN NOT co.collisdeterministic THEN '["deterministic = false"]'::jsonb ELSE '[]'::jsonb END,
        'owner', quote_ident(pg_get_userbyid(co.collowner)),
        'comment', obj_description(co.oid, 'pg_collation')) ORDER BY n.nspname, co.collname), '[]')
     FROM pg_collation co JOIN user_ns n ON n.oid = co.collnamespace
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_collation'::regclass AND objid = co.oid))
)::text
