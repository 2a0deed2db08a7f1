-- Base types and shell types. A base type is spelled as pg_dump does:
-- the shell, the input, output, receive and send functions (they take or
-- return the type, so they are the type's: functions.sql leaves them
-- out), then the type with every property. Its array type is its own.
SELECT 'base type', 'pg_type'::regclass, t.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(t.typname),
       quote_ident(n.nspname) || '.' || quote_ident(t.typname),
       ARRAY['CREATE TYPE ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname)]
       || CASE WHEN NOT t.typisdefined THEN '{}'::text[] ELSE
            coalesce((SELECT array_agg(rtrim(pg_get_functiondef(f.oid), E'\n') ORDER BY f.i)
                      FROM unnest(ARRAY[t.typinput, t.typoutput, t.typreceive, t.typsend]::oid[]) WITH ORDINALITY f(oid, i)
                      WHERE f.oid <> 0), '{}')
            || ARRAY['CREATE TYPE ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' (' || concat_ws(', ',
                 'INPUT = ' || t.typinput::regproc::text,
                 'OUTPUT = ' || t.typoutput::regproc::text,
                 CASE WHEN t.typreceive <> 0 THEN 'RECEIVE = ' || t.typreceive::regproc::text END,
                 CASE WHEN t.typsend <> 0 THEN 'SEND = ' || t.typsend::regproc::text END,
                 CASE WHEN t.typmodin <> 0 THEN 'TYPMOD_IN = ' || t.typmodin::regproc::text END,
                 CASE WHEN t.typmodout <> 0 THEN 'TYPMOD_OUT = ' || t.typmodout::regproc::text END,
                 CASE WHEN t.typanalyze <> 0 THEN 'ANALYZE = ' || t.typanalyze::regproc::text END,
                 {{v:type_subscript}},
                 'INTERNALLENGTH = ' || CASE WHEN t.typlen < 0 THEN 'VARIABLE' ELSE t.typlen::text END,
                 CASE WHEN t.typbyval THEN 'PASSEDBYVALUE' END,
                 'ALIGNMENT = ' || CASE t.typalign WHEN 'c' THEN 'char' WHEN 's' THEN 'int2' WHEN 'i' THEN 'int4' ELSE 'double' END,
                 'STORAGE = ' || CASE t.typstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'x' THEN 'extended' ELSE 'main' END,
                 'CATEGORY = ' || quote_literal(t.typcategory::text),
                 CASE WHEN t.typispreferred THEN 'PREFERRED = true' END,
                 'DEFAULT = ' || quote_literal(t.typdefault),
                 CASE WHEN t.typelem <> 0 THEN 'ELEMENT = ' || format_type(t.typelem, NULL) END,
                 CASE WHEN t.typdelim <> ',' THEN 'DELIMITER = ' || quote_literal(t.typdelim::text) END,
                 CASE WHEN t.typcollation <> 0 THEN 'COLLATABLE = true' END) || ')']
          END,
       obj_description(t.oid, 'pg_type'),
       {{acl_json coalesce(t.typacl, acldefault('T', t.typowner)) | t.typowner}},
       NULL::json, quote_ident(pg_get_userbyid(t.typowner)), NULL::json
FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
WHERE (t.typtype = 'b' OR (t.typtype = 'p' AND NOT t.typisdefined)) AND t.typrelid = 0
  AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
