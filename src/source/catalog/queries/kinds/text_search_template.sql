-- Text search templates: their two functions.
SELECT 'text search template', 'pg_ts_template'::regclass, t.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(t.tmplname),
       quote_ident(n.nspname) || '.' || quote_ident(t.tmplname),
       ARRAY['CREATE TEXT SEARCH TEMPLATE ' || quote_ident(n.nspname) || '.' || quote_ident(t.tmplname) || ' ('
             || concat_ws(', ', CASE WHEN t.tmplinit <> 0 THEN 'INIT = ' || t.tmplinit::regproc::text END,
                          'LEXIZE = ' || t.tmpllexize::regproc::text) || ')'],
       obj_description(t.oid, 'pg_ts_template'), NULL::json, NULL::json, NULL::text, NULL::json
FROM pg_ts_template t JOIN user_ns n ON n.oid = t.tmplnamespace
