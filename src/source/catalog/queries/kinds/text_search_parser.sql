-- Text search parsers: their five functions.
SELECT 'text search parser', 'pg_ts_parser'::regclass, p.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(p.prsname),
       quote_ident(n.nspname) || '.' || quote_ident(p.prsname),
       ARRAY['CREATE TEXT SEARCH PARSER ' || quote_ident(n.nspname) || '.' || quote_ident(p.prsname) || ' ('
             || concat_ws(', ', 'START = ' || p.prsstart::regproc::text, 'GETTOKEN = ' || p.prstoken::regproc::text,
                          'END = ' || p.prsend::regproc::text, 'LEXTYPES = ' || p.prslextype::regproc::text,
                          CASE WHEN p.prsheadline <> 0 THEN 'HEADLINE = ' || p.prsheadline::regproc::text END) || ')'],
       obj_description(p.oid, 'pg_ts_parser'), NULL::json, NULL::json, NULL::text, NULL::json
FROM pg_ts_parser p JOIN user_ns n ON n.oid = p.prsnamespace
