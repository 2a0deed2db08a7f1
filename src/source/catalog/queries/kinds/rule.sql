-- Rules other than a view's own (`_RETURN`), with their firing state.
SELECT 'rule', 'pg_rewrite'::regclass, r.oid, n.nspname,
       quote_ident(r.rulename) || ' on ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname),
       quote_ident(r.rulename) || ' ON ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname),
       array_remove(ARRAY[rtrim(pg_get_ruledef(r.oid), ';'),
         CASE r.ev_enabled WHEN 'O' THEN NULL
           ELSE 'ALTER TABLE ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                || CASE r.ev_enabled WHEN 'D' THEN ' DISABLE' WHEN 'R' THEN ' ENABLE REPLICA' ELSE ' ENABLE ALWAYS' END
                || ' RULE ' || quote_ident(r.rulename) END], NULL),
       obj_description(r.oid, 'pg_rewrite'), NULL::json, NULL::json, NULL::text, NULL::json
FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN user_ns n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
