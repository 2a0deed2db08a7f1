-- User mappings (pg_user_mappings shows the options to those allowed to
-- see them). They take no comment.
SELECT 'user mapping', 'pg_user_mapping'::regclass, m.umid, NULL::name,
       'for ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(m.usename) END
         || ' server ' || quote_ident(m.srvname),
       'FOR ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(m.usename) END
         || ' SERVER ' || quote_ident(m.srvname),
       ARRAY['CREATE USER MAPPING FOR ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(m.usename) END
             || ' SERVER ' || quote_ident(m.srvname)],
       NULL::text, NULL::json, {{options m.umoptions}}, NULL::text, NULL::json
FROM pg_user_mappings m
