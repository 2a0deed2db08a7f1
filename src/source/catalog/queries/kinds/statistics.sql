-- Extended statistics objects; the statistics target is a setting.
SELECT 'statistics', 'pg_statistic_ext'::regclass, s.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(s.stxname),
       quote_ident(n.nspname) || '.' || quote_ident(s.stxname),
       ARRAY[pg_get_statisticsobjdef(s.oid)],
       obj_description(s.oid, 'pg_statistic_ext'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(s.stxowner)),
       CASE WHEN coalesce(s.stxstattarget, -1) <> -1 THEN json_build_object('statistics', s.stxstattarget::text) END
FROM pg_statistic_ext s JOIN user_ns n ON n.oid = s.stxnamespace
