-- Functions, procedures and window functions (aggregates are compared by
-- their DDL: kinds/aggregate.sql), with PostgreSQL's own CREATE OR
-- REPLACE text.
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', p.proname,
         'args', pg_get_function_identity_arguments(p.oid),
         'is_procedure', p.prokind = 'p',
         'definition', pg_get_functiondef(p.oid),
         'arguments', pg_get_function_arguments(p.oid),
         'result', pg_get_function_result(p.oid),
         'comment', obj_description(p.oid, 'pg_proc'),
         'owner', quote_ident(pg_get_userbyid(p.proowner)),
         'acl', {{acl_json coalesce(p.proacl, acldefault('f', p.proowner)) | p.proowner}})
         ORDER BY n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)), '[]')::text
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p', 'w')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  -- not a base type's input, output, receive or send function (the type's:
  -- kinds/base_type.sql)
  AND NOT EXISTS (SELECT 1 FROM pg_type bt WHERE bt.typtype = 'b'
                  AND p.oid IN (bt.typinput, bt.typoutput, bt.typreceive, bt.typsend))
  -- not extension members, nor a range type's constructors
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                  AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
