-- Extended statistics objects and their statistics target.
SELECT 'statistics', 'pg_statistic_ext'::regclass, s.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(s.stxname),
       quote_ident(n.nspname) || '.' || quote_ident(s.stxname),
       array_remove(ARRAY[pg_get_statisticsobjdef(s.oid),
         CASE WHEN coalesce(s.stxstattarget, -1) <> -1
           THEN 'ALTER STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
                || ' SET STATISTICS ' || s.stxstattarget END], NULL),
       obj_description(s.oid, 'pg_statistic_ext'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(s.stxowner))
FROM pg_statistic_ext s JOIN user_ns n ON n.oid = s.stxnamespace
