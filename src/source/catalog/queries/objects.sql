-- Every user object driftless can name, keyed by (classid, objid, objsubid),
-- so that pg_depend rows can be translated into model keys in one pass.
-- Extension members are mapped to their extension: a column of type citext
-- depends on the extension citext, not on a type driftless does not manage.
-- Used as a CTE prefix by dependencies.sql.
WITH
ext_member AS (
  SELECT d.classid, d.objid, x.extname
  FROM pg_depend d JOIN pg_extension x ON x.oid = d.refobjid
  WHERE d.deptype = 'e' AND d.refclassid = 'pg_extension'::regclass
),
user_ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname !~ '^pg_(toast_)?temp_'
),
{{ddl_objects}},
con_index AS (
  -- indexes that implement a constraint are named by that constraint
  SELECT d.objid AS indexid, co.oid AS conid, co.conname, tc.relname AS conrelname
  FROM pg_depend d JOIN pg_constraint co ON co.oid = d.refobjid
  LEFT JOIN pg_class tc ON tc.oid = co.conrelid
  WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_constraint'::regclass AND d.deptype = 'i'
),
objs(classid, objid, objsubid, kind, schema, name, sub) AS (
  SELECT 'pg_namespace'::regclass, n.oid, 0, 'schema', '', n.nspname, '' FROM user_ns n
  UNION ALL
  SELECT 'pg_extension'::regclass, x.oid, 0, 'extension', '', x.extname, '' FROM pg_extension x
  UNION ALL
  -- types: an array type stands for its element, a row type for its relation
  -- (base and shell types, compared by their DDL, come from ddl below)
  SELECT 'pg_type'::regclass, t.oid, 0,
         CASE WHEN em.extname IS NOT NULL THEN 'extension'
              WHEN kb.kind IS NOT NULL THEN 'ddl:' || kb.kind
              WHEN b.typtype IN ('e', 'd', 'r', 'm', 'c') THEN 'type'
              ELSE 'base type' END,
         CASE WHEN em.extname IS NOT NULL OR kb.kind IS NOT NULL THEN '' ELSE n.nspname END,
         coalesce(em.extname, kb.name, CASE WHEN b.typtype = 'm' THEN (SELECT rt.typname FROM pg_range r JOIN pg_type rt ON rt.oid = r.rngtypid WHERE {{v:range_multirange}} = b.oid) ELSE b.typname END),
         ''
  FROM pg_type t
  JOIN pg_type b ON b.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
  JOIN user_ns n ON n.oid = b.typnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_type'::regclass AND em.objid = b.oid
  LEFT JOIN ddl kb ON kb.classid = 'pg_type'::regclass AND kb.objid = b.oid
  WHERE b.typrelid = 0
    AND NOT EXISTS (SELECT 1 FROM ddl k WHERE k.classid = 'pg_type'::regclass AND k.objid = t.oid)
  UNION ALL
  -- relations (a row type maps here too, see below)
  SELECT 'pg_class'::regclass, c.oid, 0,
         CASE WHEN em.extname IS NOT NULL THEN 'extension'
              WHEN ci.conid IS NOT NULL THEN 'constraint'
              WHEN c.relkind IN ('r', 'p', 'f') THEN 'table'
              WHEN c.relkind = 'S' THEN 'sequence'
              WHEN c.relkind IN ('i', 'I') THEN 'index'
              WHEN c.relkind IN ('v', 'm') THEN 'view'
              WHEN c.relkind = 'c' THEN 'type'
              ELSE 'relation' END,
         CASE WHEN em.extname IS NOT NULL THEN '' ELSE n.nspname END,
         CASE WHEN em.extname IS NOT NULL THEN em.extname
              WHEN ci.conid IS NOT NULL THEN ci.conrelname
              ELSE c.relname END,
         CASE WHEN ci.conid IS NOT NULL THEN ci.conname ELSE '' END
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_class'::regclass AND em.objid = c.oid
  LEFT JOIN con_index ci ON ci.indexid = c.oid
  WHERE c.relkind <> 't'
  UNION ALL
  SELECT 'pg_type'::regclass, t.oid, 0,
         CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'table' WHEN c.relkind IN ('v', 'm') THEN 'view'
              ELSE 'type' END,
         n.nspname, c.relname, ''
  FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid JOIN user_ns n ON n.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext_member em WHERE em.classid = 'pg_class'::regclass AND em.objid = c.oid)
  UNION ALL
  -- columns, and the defaults that belong to them
  SELECT 'pg_class'::regclass, a.attrelid, a.attnum, 'column', n.nspname, c.relname, a.attname
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN user_ns n ON n.oid = c.relnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f')
  UNION ALL
  SELECT 'pg_attrdef'::regclass, ad.oid, 0, 'default', n.nspname, c.relname, a.attname
  FROM pg_attrdef ad JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
  JOIN pg_class c ON c.oid = ad.adrelid JOIN user_ns n ON n.oid = c.relnamespace
  UNION ALL
  SELECT 'pg_constraint'::regclass, co.oid, 0,
         -- a domain's constraint is part of the domain
         CASE WHEN co.conrelid <> 0 THEN 'constraint' ELSE 'type' END,
         n.nspname, coalesce(c.relname, ty.typname), CASE WHEN co.conrelid <> 0 THEN co.conname ELSE '' END
  FROM pg_constraint co JOIN user_ns n ON n.oid = co.connamespace
  LEFT JOIN pg_class c ON c.oid = co.conrelid LEFT JOIN pg_type ty ON ty.oid = co.contypid
  -- NOT NULL constraints (rows of their own from PostgreSQL 18) are column properties
  WHERE co.contype <> 'n'
  UNION ALL
  -- a range type's constructor functions stand for the type, as a base
  -- type's input, output, receive and send functions do for it
  SELECT 'pg_proc'::regclass, p.oid, 0,
         CASE WHEN em.extname IS NOT NULL THEN 'extension' WHEN bk.kind IS NOT NULL THEN 'ddl:' || bk.kind
              WHEN it.oid IS NOT NULL THEN 'type' ELSE 'function' END,
         CASE WHEN em.extname IS NOT NULL OR bk.kind IS NOT NULL THEN '' ELSE n.nspname END,
         coalesce(em.extname, bk.name, it.typname, p.proname),
         CASE WHEN em.extname IS NOT NULL OR bk.kind IS NOT NULL OR it.oid IS NOT NULL THEN ''
              ELSE pg_get_function_identity_arguments(p.oid) END
  FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_proc'::regclass AND em.objid = p.oid
  LEFT JOIN pg_depend di ON di.classid = 'pg_proc'::regclass AND di.objid = p.oid AND di.deptype = 'i'
       AND di.refclassid = 'pg_type'::regclass
  LEFT JOIN pg_type it ON it.oid = di.refobjid
  LEFT JOIN LATERAL (
    SELECT k.kind, k.name FROM pg_type bt JOIN ddl k ON k.classid = 'pg_type'::regclass AND k.objid = bt.oid
    WHERE bt.typtype = 'b' AND p.oid IN (bt.typinput, bt.typoutput, bt.typreceive, bt.typsend) LIMIT 1
  ) bk ON true
  WHERE NOT EXISTS (SELECT 1 FROM ddl k WHERE k.classid = 'pg_proc'::regclass AND k.objid = p.oid)
  UNION ALL
  -- operator classes, families, operators and collations count only as parts of an extension
  -- or as user objects of kinds driftless does not manage
  SELECT em.classid, em.objid, 0, 'extension', '', em.extname, '' FROM ext_member em
  WHERE em.classid IN ('pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_operator'::regclass,
                       'pg_collation'::regclass, 'pg_ts_config'::regclass, 'pg_ts_dict'::regclass, 'pg_cast'::regclass,
                       'pg_language'::regclass)
  UNION ALL
  SELECT 'pg_collation'::regclass, co.oid, 0, 'collation', n.nspname, co.collname, ''
  FROM pg_collation co JOIN user_ns n ON n.oid = co.collnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext_member em WHERE em.classid = 'pg_collation'::regclass AND em.objid = co.oid)
  UNION ALL
  -- (a partition's copy of its parent's trigger comes and goes with the
  -- parent's trigger and the partition: it orders nothing of its own)
  SELECT 'pg_trigger'::regclass, tg.oid, 0, 'trigger', n.nspname, c.relname, tg.tgname
  FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN user_ns n ON n.oid = c.relnamespace
  WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  UNION ALL
  SELECT 'pg_event_trigger'::regclass, e.oid, 0, 'event trigger', '', e.evtname, ''
  FROM pg_event_trigger e
  UNION ALL
  SELECT 'pg_policy'::regclass, p.oid, 0, 'policy', n.nspname, c.relname, p.polname
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN user_ns n ON n.oid = c.relnamespace
  UNION ALL
  -- a view's rule stands for the view
  SELECT 'pg_rewrite'::regclass, r.oid, 0, 'view', n.nspname, c.relname, ''
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN user_ns n ON n.oid = c.relnamespace
  WHERE r.rulename = '_RETURN'
  UNION ALL
  -- objects compared by their DDL (other rules among them)
  SELECT k.classid, k.objid, 0, 'ddl:' || k.kind, '', k.name, '' FROM ddl k
  UNION ALL
  -- an operator family's members stand for the class that owns them, or
  -- for the family when they are loose
  SELECT m.classid, m.objid, 0, 'ddl:' || k.kind, '', k.name, ''
  FROM (
    SELECT 'pg_amop'::regclass AS classid, ao.oid AS objid,
           coalesce(dc.refclassid, 'pg_opfamily'::regclass) AS owner_class, coalesce(dc.refobjid, ao.amopfamily) AS owner
    FROM pg_amop ao LEFT JOIN pg_depend dc ON dc.classid = 'pg_amop'::regclass AND dc.objid = ao.oid
         AND dc.refclassid = 'pg_opclass'::regclass AND dc.deptype = 'i'
    UNION ALL
    SELECT 'pg_amproc'::regclass, ap.oid,
           coalesce(dc.refclassid, 'pg_opfamily'::regclass), coalesce(dc.refobjid, ap.amprocfamily)
    FROM pg_amproc ap LEFT JOIN pg_depend dc ON dc.classid = 'pg_amproc'::regclass AND dc.objid = ap.oid
         AND dc.refclassid = 'pg_opclass'::regclass AND dc.deptype = 'i'
  ) m JOIN ddl k ON k.classid = m.owner_class AND k.objid = m.owner
  UNION ALL
  -- a publication's tables (and, from 15, schemas) stand for the publication
  SELECT 'pg_publication_rel'::regclass, pr.oid, 0, 'ddl:' || k.kind, '', k.name, ''
  FROM pg_publication_rel pr JOIN ddl k ON k.classid = 'pg_publication'::regclass AND k.objid = pr.prpubid
  {{v:publication_namespace_objects}}
)
