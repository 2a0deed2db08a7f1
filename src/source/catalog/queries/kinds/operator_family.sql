-- Operator families, with their loose members (those added by ALTER
-- OPERATOR FAMILY, not by an operator class of the family).
SELECT 'operator family', 'pg_opfamily'::regclass, f.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(f.opfname) || ' USING ' || quote_ident(am.amname),
       quote_ident(n.nspname) || '.' || quote_ident(f.opfname) || ' USING ' || quote_ident(am.amname),
       ARRAY['CREATE OPERATOR FAMILY ' || quote_ident(n.nspname) || '.' || quote_ident(f.opfname) || ' USING ' || quote_ident(am.amname)]
       || coalesce((SELECT array_agg('ALTER OPERATOR FAMILY ' || quote_ident(n.nspname) || '.' || quote_ident(f.opfname)
                                     || ' USING ' || quote_ident(am.amname) || ' ADD ' || m.item ORDER BY m.sort)
                    FROM ({{opfamily_members f.oid}}) m
                    WHERE m.in_class = 0), '{}'),
       obj_description(f.oid, 'pg_opfamily'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(f.opfowner)), NULL::json
FROM pg_opfamily f JOIN user_ns n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
