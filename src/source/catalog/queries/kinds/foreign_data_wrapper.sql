-- Foreign-data wrappers: handler, validator, options, privileges.
SELECT 'foreign-data wrapper', 'pg_foreign_data_wrapper'::regclass, w.oid, NULL::name,
       quote_ident(w.fdwname),
       quote_ident(w.fdwname),
       ARRAY['CREATE FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)
             || CASE WHEN w.fdwhandler <> 0 THEN ' HANDLER ' || w.fdwhandler::regproc::text ELSE '' END
             || CASE WHEN w.fdwvalidator <> 0 THEN ' VALIDATOR ' || w.fdwvalidator::regproc::text ELSE '' END],
       obj_description(w.oid, 'pg_foreign_data_wrapper'),
       {{acl_json coalesce(w.fdwacl, acldefault('F', w.fdwowner)) | w.fdwowner}}, {{options w.fdwoptions}}, quote_ident(pg_get_userbyid(w.fdwowner)), NULL::json
FROM pg_foreign_data_wrapper w
