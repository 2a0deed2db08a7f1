-- Encoding conversions.
SELECT 'conversion', 'pg_conversion'::regclass, c.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(c.conname),
       quote_ident(n.nspname) || '.' || quote_ident(c.conname),
       ARRAY['CREATE ' || CASE WHEN c.condefault THEN 'DEFAULT ' ELSE '' END || 'CONVERSION '
             || quote_ident(n.nspname) || '.' || quote_ident(c.conname)
             || ' FOR ' || quote_literal(pg_encoding_to_char(c.conforencoding))
             || ' TO ' || quote_literal(pg_encoding_to_char(c.contoencoding))
             || ' FROM ' || c.conproc::regproc::text],
       obj_description(c.oid, 'pg_conversion'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(c.conowner)), NULL::json
FROM pg_conversion c JOIN user_ns n ON n.oid = c.connamespace
