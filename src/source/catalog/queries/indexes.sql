-- Indexes that do not implement a constraint, on tables and materialized views.
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', ic.relname,
         'table_schema', tn.nspname,
         'table', tc.relname,
         'unique', i.indisunique,
         'valid', i.indisvalid,
         'definition', pg_get_indexdef(i.indexrelid),
         'comment', obj_description(i.indexrelid, 'pg_class'),
         -- statistics targets set on its expression columns (-1, or from
         -- 17 NULL, is none)
         'statistics', (SELECT json_agg(json_build_array(a.attnum, a.attstattarget) ORDER BY a.attnum)
             FROM pg_attribute a WHERE a.attrelid = i.indexrelid AND a.attstattarget <> -1),
         -- a partitioned index: the partitions' indexes attached to it, at
         -- every level (their names are PostgreSQL's choice unless one was
         -- made first and attached)
         'parts', CASE WHEN ic.relkind = 'I' THEN (
           SELECT coalesce(json_agg(json_build_object(
                    'schema', pn.nspname, 'name', pc.relname,
                    'table_schema', ptn.nspname, 'table', ptc.relname,
                    'comment', obj_description(pc.oid, 'pg_class'))
                  ORDER BY ptn.nspname, ptc.relname), '[]')
           FROM pg_partition_tree(i.indexrelid) pt
           JOIN pg_class pc ON pc.oid = pt.relid
           JOIN pg_namespace pn ON pn.oid = pc.relnamespace
           JOIN pg_index pi ON pi.indexrelid = pc.oid
           JOIN pg_class ptc ON ptc.oid = pi.indrelid
           JOIN pg_namespace ptn ON ptn.oid = ptc.relnamespace
           WHERE pt.level > 0) END) ORDER BY n.nspname, ic.relname), '[]')::text
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_class tc ON tc.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = tc.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = ic.oid AND d.deptype IN ('e', 'i'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = tc.oid AND d.deptype = 'e')
  -- a partition's index attached to its parent's index comes with it
  AND NOT EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = ic.oid)
