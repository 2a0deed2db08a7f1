-- Aggregates (plain, moving, ordered-set, hypothetical), rebuilt from
-- pg_aggregate the way CREATE AGGREGATE spells each attribute.
SELECT 'aggregate' AS kind, 'pg_proc'::regclass AS classid, p.oid AS objid, n.nspname AS schema,
       quote_ident(n.nspname) || '.' || quote_ident(p.proname)
         || '(' || coalesce(nullif(pg_get_function_identity_arguments(p.oid), ''), '*') || ')' AS name,
       quote_ident(n.nspname) || '.' || quote_ident(p.proname)
         || '(' || coalesce(nullif(pg_get_function_identity_arguments(p.oid), ''), '*') || ')' AS signature,
       ARRAY['CREATE AGGREGATE ' || quote_ident(n.nspname) || '.' || quote_ident(p.proname)
         || '(' || coalesce(nullif(pg_get_function_arguments(p.oid), ''), '*') || ') ('
         || concat_ws(', ',
              'SFUNC = ' || a.aggtransfn::regproc::text,
              'STYPE = ' || format_type(a.aggtranstype, NULL),
              CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
              CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::regproc::text END,
              CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
              CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC_MODIFY = '
                || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
              CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::regproc::text END,
              CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::regproc::text END,
              CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::regproc::text END,
              CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || quote_literal(a.agginitval) END,
              CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::regproc::text END,
              CASE WHEN a.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || a.aggminvtransfn::regproc::text END,
              CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || format_type(a.aggmtranstype, NULL) END,
              CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
              CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::regproc::text END,
              CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
              CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC_MODIFY = '
                || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
              CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || quote_literal(a.aggminitval) END,
              CASE WHEN a.aggsortop <> 0 THEN (SELECT 'SORTOP = OPERATOR(' || quote_ident(sn.nspname) || '.' || so.oprname || ')'
                                               FROM pg_operator so JOIN pg_namespace sn ON sn.oid = so.oprnamespace WHERE so.oid = a.aggsortop) END,
              'PARALLEL = ' || CASE p.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END,
              CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END)
         || ')'] AS "create",
       obj_description(p.oid, 'pg_proc') AS comment,
       {{acl_json coalesce(p.proacl, acldefault('f', p.proowner)) | p.proowner}} AS acl, NULL::json AS options, quote_ident(pg_get_userbyid(p.proowner)), NULL::json
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN user_ns n ON n.oid = p.pronamespace
