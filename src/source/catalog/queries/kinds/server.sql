-- Foreign servers: wrapper, type, version, options, privileges.
SELECT 'server', 'pg_foreign_server'::regclass, s.oid, NULL::name,
       quote_ident(s.srvname),
       quote_ident(s.srvname),
       ARRAY['CREATE SERVER ' || quote_ident(s.srvname)
             || coalesce(' TYPE ' || quote_literal(s.srvtype), '')
             || coalesce(' VERSION ' || quote_literal(s.srvversion), '')
             || ' FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)],
       obj_description(s.oid, 'pg_foreign_server'),
       {{acl_json coalesce(s.srvacl, acldefault('S', s.srvowner)) | s.srvowner}}, {{options s.srvoptions}}, quote_ident(pg_get_userbyid(s.srvowner))
FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
