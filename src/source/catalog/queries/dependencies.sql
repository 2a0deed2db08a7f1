-- pg_depend translated into (dependent, referenced) pairs of model keys.
-- Only normal and automatic dependencies order work; internal ones are
-- folded into the key mapping (a constraint's index is the constraint).
, dep AS (
  -- PostgreSQL 13 records what a generated column's expression uses as
  -- automatic dependencies of the column itself; later majors record them
  -- as normal dependencies of the expression (the column's pg_attrdef).
  -- Read both the later way.
  SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid, d.deptype
  FROM pg_depend d
  WHERE NOT (d.deptype = 'a' AND d.classid = 'pg_class'::regclass AND d.objsubid > 0
             AND EXISTS (SELECT 1 FROM pg_attribute ga WHERE ga.attrelid = d.objid
                         AND ga.attnum = d.objsubid AND ga.attgenerated <> ''))
  UNION ALL
  SELECT 'pg_attrdef'::regclass, ad.oid, 0, d.refclassid, d.refobjid, d.refobjsubid, 'n'
  FROM pg_depend d
  JOIN pg_attribute ga ON ga.attrelid = d.objid AND ga.attnum = d.objsubid AND ga.attgenerated <> ''
  JOIN pg_attrdef ad ON ad.adrelid = d.objid AND ad.adnum = d.objsubid
  WHERE d.deptype = 'a' AND d.classid = 'pg_class'::regclass AND d.objsubid > 0
  {{v:function_result_columns}}
)
, deps AS (
  SELECT DISTINCT d.deptype,
         a.kind AS a_kind, a.schema AS a_schema, a.name AS a_name, a.sub AS a_sub,
         b.kind AS b_kind, b.schema AS b_schema, b.name AS b_name, b.sub AS b_sub
  FROM dep d
  JOIN objs a ON a.classid = d.classid AND a.objid = d.objid AND a.objsubid = d.objsubid
  JOIN objs b ON b.classid = d.refclassid AND b.objid = d.refobjid AND b.objsubid = d.refobjsubid
  WHERE d.deptype IN ('n', 'a')
  UNION
  -- a reference to a column of a relation whose columns have no key of
  -- their own (a view, a composite type) stands for the whole relation
  SELECT d.deptype, a.kind, a.schema, a.name, a.sub, b.kind, b.schema, b.name, b.sub
  FROM dep d
  JOIN objs a ON a.classid = d.classid AND a.objid = d.objid AND a.objsubid = d.objsubid
  JOIN objs b ON b.classid = d.refclassid AND b.objid = d.refobjid AND b.objsubid = 0 AND d.refobjsubid <> 0
  WHERE d.deptype IN ('n', 'a') AND b.kind NOT IN ('table')
  UNION
  -- likewise a column of such a relation depending on something (a
  -- composite type's attribute on the type it has) is the relation's
  SELECT d.deptype, a.kind, a.schema, a.name, a.sub, b.kind, b.schema, b.name, b.sub
  FROM dep d
  JOIN objs a ON a.classid = d.classid AND a.objid = d.objid AND a.objsubid = 0 AND d.objsubid <> 0
  JOIN objs b ON b.classid = d.refclassid AND b.objid = d.refobjid AND b.objsubid = d.refobjsubid
  WHERE d.deptype IN ('n', 'a') AND a.kind NOT IN ('table')
)
SELECT coalesce(json_agg(json_build_array(deptype, a_kind, a_schema, a_name, a_sub, b_kind, b_schema, b_name, b_sub)), '[]')::text
FROM deps
WHERE NOT (a_kind = b_kind AND a_schema = b_schema AND a_name = b_name AND a_sub = b_sub)
