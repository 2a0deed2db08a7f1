-- Casts created by users (built-in casts have oids below 16384).
SELECT 'cast', 'pg_cast'::regclass, c.oid, NULL::name,
       '(' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')',
       '(' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')',
       ARRAY['CREATE CAST (' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ') '
             || CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::regprocedure::text
                                  WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END
             || CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END],
       obj_description(c.oid, 'pg_cast'), NULL::json, NULL::json, NULL::text, NULL::json
FROM pg_cast c
WHERE c.oid >= 16384
