-- Text search dictionaries: the template and its options as given.
SELECT 'text search dictionary', 'pg_ts_dict'::regclass, d.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(d.dictname),
       quote_ident(n.nspname) || '.' || quote_ident(d.dictname),
       ARRAY['CREATE TEXT SEARCH DICTIONARY ' || quote_ident(n.nspname) || '.' || quote_ident(d.dictname)
             || ' (TEMPLATE = ' || quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname)
             || coalesce(', ' || d.dictinitoption, '') || ')'],
       obj_description(d.oid, 'pg_ts_dict'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(d.dictowner)), NULL::json
FROM pg_ts_dict d JOIN user_ns n ON n.oid = d.dictnamespace
JOIN pg_ts_template t ON t.oid = d.dicttemplate JOIN pg_namespace tn ON tn.oid = t.tmplnamespace
