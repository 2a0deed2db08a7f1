-- Foreign servers: wrapper, type, options, privileges; the version is a
-- setting.
SELECT 'server', 'pg_foreign_server'::regclass, s.oid, NULL::name,
       quote_ident(s.srvname),
       quote_ident(s.srvname),
       ARRAY['CREATE SERVER ' || quote_ident(s.srvname)
             || coalesce(' TYPE ' || quote_literal(s.srvtype), '')
             || ' FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)],
       obj_description(s.oid, 'pg_foreign_server'),
       {{acl_json coalesce(s.srvacl, acldefault('S', s.srvowner)) | s.srvowner}}, {{options s.srvoptions}}, quote_ident(pg_get_userbyid(s.srvowner)),
       CASE WHEN s.srvversion IS NOT NULL THEN json_build_object('version', quote_literal(s.srvversion)) END
FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
