-- Transforms: a type's conversion functions for a language.
SELECT 'transform', 'pg_transform'::regclass, t.oid, NULL::name,
       'FOR ' || format_type(t.trftype, NULL) || ' LANGUAGE ' || quote_ident(l.lanname),
       'FOR ' || format_type(t.trftype, NULL) || ' LANGUAGE ' || quote_ident(l.lanname),
       ARRAY['CREATE TRANSFORM FOR ' || format_type(t.trftype, NULL) || ' LANGUAGE ' || quote_ident(l.lanname) || ' ('
             || concat_ws(', ',
                  CASE WHEN t.trffromsql <> 0 THEN 'FROM SQL WITH FUNCTION ' || t.trffromsql::regprocedure::text END,
                  CASE WHEN t.trftosql <> 0 THEN 'TO SQL WITH FUNCTION ' || t.trftosql::regprocedure::text END)
             || ')'],
       obj_description(t.oid, 'pg_transform'), NULL::json, NULL::json, NULL::text, NULL::json
FROM pg_transform t JOIN pg_language l ON l.oid = t.trflang
