-- Operators. A shell (named as a commutator or negator, never defined)
-- has no statement of its own: the operator naming it creates it.
SELECT 'operator', 'pg_operator'::regclass, o.oid, n.nspname,
       quote_ident(n.nspname) || '.' || o.oprname || '('
         || CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE format_type(o.oprleft, NULL) END || ', '
         || format_type(o.oprright, NULL) || ')',
       quote_ident(n.nspname) || '.' || o.oprname || ' ('
         || CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE format_type(o.oprleft, NULL) END || ', '
         || format_type(o.oprright, NULL) || ')',
       CASE WHEN o.oprcode = 0 THEN '{}'::text[] ELSE ARRAY['CREATE OPERATOR ' || quote_ident(n.nspname) || '.' || o.oprname || ' ('
         || concat_ws(', ',
              'FUNCTION = ' || o.oprcode::regproc::text,
              CASE WHEN o.oprleft <> 0 THEN 'LEFTARG = ' || format_type(o.oprleft, NULL) END,
              'RIGHTARG = ' || format_type(o.oprright, NULL),
              (SELECT 'COMMUTATOR = OPERATOR(' || quote_ident(cn.nspname) || '.' || c.oprname || ')'
               FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom),
              (SELECT 'NEGATOR = OPERATOR(' || quote_ident(cn.nspname) || '.' || c.oprname || ')'
               FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate),
              CASE WHEN o.oprrest <> 0 THEN 'RESTRICT = ' || o.oprrest::regproc::text END,
              CASE WHEN o.oprjoin <> 0 THEN 'JOIN = ' || o.oprjoin::regproc::text END,
              CASE WHEN o.oprcanhash THEN 'HASHES' END,
              CASE WHEN o.oprcanmerge THEN 'MERGES' END)
         || ')'] END,
       obj_description(o.oid, 'pg_operator'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(o.oprowner)), NULL::json
FROM pg_operator o JOIN user_ns n ON n.oid = o.oprnamespace
