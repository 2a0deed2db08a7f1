-- Sequences with their options and OWNED BY column (identity sequences are
-- read with their column, see columns.sql).
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'data_type', format_type(s.seqtypid, NULL),
         'start', s.seqstart, 'increment', s.seqincrement, 'min', s.seqmin, 'max', s.seqmax,
         'cache', s.seqcache, 'cycle', s.seqcycle,
         -- NULL until the first nextval (or setval)
         'last_value', pg_sequence_last_value(c.oid),
         'owned_by', (SELECT json_build_array(tn.nspname, tc.relname, a.attname)
                      FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid
                      JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                      JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a'
                        AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 LIMIT 1),
         'comment', obj_description(c.oid, 'pg_class'),
         'unlogged', c.relpersistence = 'u',
         'owner', quote_ident(pg_get_userbyid(c.relowner)),
         'acl', {{acl_json coalesce(c.relacl, acldefault('s', c.relowner)) | c.relowner}}) ORDER BY n.nspname, c.relname), '[]')::text
FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
