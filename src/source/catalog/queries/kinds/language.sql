-- Procedural languages created by users (built-in ones have oids below
-- 16384; those of extensions are the extension's): handler, inline
-- handler, validator, trust.
SELECT 'language', 'pg_language'::regclass, l.oid, NULL::name,
       quote_ident(l.lanname),
       quote_ident(l.lanname),
       ARRAY['CREATE ' || CASE WHEN l.lanpltrusted THEN 'TRUSTED ' ELSE '' END || 'LANGUAGE ' || quote_ident(l.lanname)
             || ' HANDLER ' || l.lanplcallfoid::regproc::text
             || CASE WHEN l.laninline <> 0 THEN ' INLINE ' || l.laninline::regproc::text ELSE '' END
             || CASE WHEN l.lanvalidator <> 0 THEN ' VALIDATOR ' || l.lanvalidator::regproc::text ELSE '' END],
       obj_description(l.oid, 'pg_language'),
       {{acl_json coalesce(l.lanacl, acldefault('l', l.lanowner)) | l.lanowner}},
       NULL::json, quote_ident(pg_get_userbyid(l.lanowner)), NULL::json
FROM pg_language l
WHERE l.oid >= 16384
