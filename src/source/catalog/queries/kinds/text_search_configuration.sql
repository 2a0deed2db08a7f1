-- Text search configurations: the parser; one setting per mapped token
-- type (`mapping ALIAS`: its dictionaries in the order they are consulted).
SELECT 'text search configuration', 'pg_ts_config'::regclass, c.oid, n.nspname,
       quote_ident(n.nspname) || '.' || quote_ident(c.cfgname),
       quote_ident(n.nspname) || '.' || quote_ident(c.cfgname),
       ARRAY['CREATE TEXT SEARCH CONFIGURATION ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname)
               || ' (PARSER = ' || quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) || ')'],
       obj_description(c.oid, 'pg_ts_config'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(c.cfgowner)),
       (SELECT json_object_agg('mapping ' || quote_ident(m.alias), m.dicts)
        FROM (SELECT tt.alias, string_agg(cm.mapdict::regdictionary::text, ', ' ORDER BY cm.mapseqno) AS dicts
              FROM pg_ts_config_map cm JOIN ts_token_type(c.cfgparser) tt ON tt.tokid = cm.maptokentype
              WHERE cm.mapcfg = c.oid GROUP BY tt.alias) m)
FROM pg_ts_config c JOIN user_ns n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser JOIN pg_namespace pn ON pn.oid = p.prsnamespace
