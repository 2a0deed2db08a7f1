-- Views and materialized views, with the query as PostgreSQL prints it.
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'relkind', c.relkind,
         'definition', pg_get_viewdef(c.oid, true),
         -- a column's collation, where not its type's, belongs to its type
         -- here: CREATE OR REPLACE VIEW cannot change either
         'columns', coalesce((SELECT json_agg(json_build_array(a.attname, format_type(a.atttypid, a.atttypmod)
                                  || coalesce((SELECT ' COLLATE ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                                               FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                                               WHERE co.oid = a.attcollation AND a.attcollation <> t.typcollation), ''))
                                  ORDER BY a.attnum)
                              FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]'),
         'column_defaults', coalesce((SELECT json_object_agg(a.attname, pg_get_expr(ad.adbin, ad.adrelid))
                              FROM pg_attrdef ad JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
                              WHERE ad.adrelid = c.oid), '{}'),
         'options', coalesce(to_json(c.reloptions), '[]'),
         'populated', c.relispopulated,
         -- a materialized view's access method (unless heap), clustering
         -- and its columns' own settings (as a table's columns')
         'access_method', CASE WHEN c.relkind = 'm' THEN (SELECT quote_ident(am.amname)
             FROM pg_am am WHERE am.oid = c.relam AND am.amname <> 'heap') END,
         'clustered_on', CASE WHEN c.relkind = 'm' THEN (SELECT ic.relname
             FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
             WHERE x.indrelid = c.oid AND x.indisclustered) END,
         'column_settings', CASE WHEN c.relkind = 'm' THEN (SELECT json_object_agg(s.attname, s.settings)
             FROM (SELECT a.attname, json_strip_nulls(json_build_object(
                       'storage', {{column_storage}},
                       'compression', {{v:column_compression}},
                       'statistics', NULLIF(a.attstattarget, -1)::int,
                       'options', (SELECT json_agg(o ORDER BY o) FROM unnest(a.attoptions) o
                                   WHERE o ~ '^n_distinct(_inherited)?='))) AS settings
                   FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) s
             WHERE s.settings::text <> '{}') END,
         'owner', quote_ident(pg_get_userbyid(c.relowner)),
         'acl', {{acl_json coalesce(c.relacl, acldefault('r', c.relowner)) | c.relowner}},
         'column_acls', coalesce((SELECT json_object_agg(a.attname, {{acl_json a.attacl | c.relowner}})
                              FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                               AND NOT a.attisdropped AND a.attacl IS NOT NULL), '{}'),
         'comment', obj_description(c.oid, 'pg_class'),
         'column_comments', coalesce((SELECT json_object_agg(a.attname, d.description)
                              FROM pg_attribute a JOIN pg_description d ON d.objoid = c.oid
                               AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
                              WHERE a.attrelid = c.oid AND a.attnum > 0), '{}'))
         ORDER BY n.nspname, c.relname), '[]')::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
