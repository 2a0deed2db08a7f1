-- Access methods created by users (built-in ones have oids below 16384).
SELECT 'access method', 'pg_am'::regclass, a.oid, NULL::name,
       quote_ident(a.amname),
       quote_ident(a.amname),
       ARRAY['CREATE ACCESS METHOD ' || quote_ident(a.amname) || ' TYPE '
             || CASE a.amtype WHEN 'i' THEN 'INDEX' ELSE 'TABLE' END || ' HANDLER ' || a.amhandler::regproc::text],
       obj_description(a.oid, 'pg_am'), NULL::json, NULL::json, NULL::text, NULL::json
FROM pg_am a
WHERE a.oid >= 16384
