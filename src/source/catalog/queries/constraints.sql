-- Table constraints other than NOT NULL (a column property here).
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', co.conname,
         'contype', co.contype,
         'definition', pg_get_constraintdef(co.oid),
         'references', CASE WHEN co.contype = 'f' THEN
             (SELECT json_build_array(fn.nspname, fc.relname) FROM pg_class fc
              JOIN pg_namespace fn ON fn.oid = fc.relnamespace WHERE fc.oid = co.confrelid) END,
         -- pg_get_constraintdef leaves out the storage parameters of a
         -- primary key's or unique constraint's index
         'index_options', CASE WHEN co.contype IN ('p', 'u') THEN
             (SELECT ic.reloptions FROM pg_class ic WHERE ic.oid = co.conindid) END,
         'comment', obj_description(co.oid, 'pg_constraint'),
         -- the index behind a key constraint is commented on separately
         'index_comment', CASE WHEN co.conindid <> 0 AND co.contype IN ('p', 'u', 'x') THEN
             obj_description(co.conindid, 'pg_class') END,
         'inherited', NOT co.conislocal,
         -- a foreign key referencing a partitioned table: its copies for
         -- the partitions (at every level), named by PostgreSQL in the
         -- order they were attached
         'copies', CASE WHEN co.contype = 'f' AND EXISTS (SELECT 1 FROM pg_class fc
                             WHERE fc.oid = co.confrelid AND fc.relkind = 'p') THEN (
             WITH RECURSIVE copies AS (
               SELECT cc.oid FROM pg_constraint cc
               WHERE cc.conparentid = co.oid AND cc.conrelid = co.conrelid
               UNION ALL
               SELECT cc.oid FROM pg_constraint cc JOIN copies ON cc.conparentid = copies.oid
               WHERE cc.conrelid = co.conrelid)
             SELECT coalesce(json_agg(json_build_array(pn.nspname, pc.relname, cc.conname)
                                      ORDER BY pn.nspname, pc.relname), '[]')
             FROM copies JOIN pg_constraint cc ON cc.oid = copies.oid
             JOIN pg_class pc ON pc.oid = cc.confrelid
             JOIN pg_namespace pn ON pn.oid = pc.relnamespace) END) ORDER BY n.nspname, c.relname, co.conname), '[]')::text
FROM pg_constraint co
JOIN pg_class c ON c.oid = co.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE co.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p', 'f')
  -- a partition's copy of its parent's key or foreign key comes with it
  AND co.conparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
