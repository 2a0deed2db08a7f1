-- Operator classes: input type, family, members and storage type.
SELECT 'operator class', 'pg_opclass'::regclass, c.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(c.opcname) || ' USING ' || quote_ident(am.amname),
       quote_ident(n.nspname) || '.' || quote_ident(c.opcname) || ' USING ' || quote_ident(am.amname),
       ARRAY['CREATE OPERATOR CLASS ' || quote_ident(n.nspname) || '.' || quote_ident(c.opcname)
             || CASE WHEN c.opcdefault THEN ' DEFAULT' ELSE '' END
             || ' FOR TYPE ' || format_type(c.opcintype, NULL) || ' USING ' || quote_ident(am.amname)
             || ' FAMILY ' || quote_ident(fn.nspname) || '.' || quote_ident(f.opfname) || ' AS '
             || concat_ws(', ',
                  (SELECT string_agg(m.item, ', ' ORDER BY m.sort) FROM ({{opfamily_members c.opcfamily}}) m WHERE m.in_class = c.oid),
                  CASE WHEN c.opckeytype <> 0 THEN 'STORAGE ' || format_type(c.opckeytype, NULL) END)],
       obj_description(c.oid, 'pg_opclass'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(c.opcowner)), NULL::json
FROM pg_opclass c JOIN user_ns n ON n.oid = c.opcnamespace JOIN pg_am am ON am.oid = c.opcmethod
JOIN pg_opfamily f ON f.oid = c.opcfamily JOIN pg_namespace fn ON fn.oid = f.opfnamespace
