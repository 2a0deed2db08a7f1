-- Publications: what they publish (all tables, or tables with their
-- column lists and row filters, and whole schemas, as the major has them)
-- and the publish options.
SELECT 'publication', 'pg_publication'::regclass, p.oid, NULL::name,
       quote_ident(p.pubname),
       quote_ident(p.pubname),
       ARRAY['CREATE PUBLICATION ' || quote_ident(p.pubname)
             || coalesce(' FOR ' || CASE WHEN p.puballtables THEN 'ALL TABLES' ELSE
                  nullif(concat_ws(', ',
                    (SELECT 'TABLE ' || string_agg(quote_ident(rn.nspname) || '.' || quote_ident(rc.relname) {{v:publication_table_extras}},
                                                   ', ' ORDER BY rn.nspname, rc.relname)
                     FROM pg_publication_rel pr JOIN pg_class rc ON rc.oid = pr.prrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                     WHERE pr.prpubid = p.oid),
                    {{v:publication_schemas}}), '') END, '')
             || ' WITH (publish = ' || quote_literal(concat_ws(', ',
                  CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                  CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END))
             || ', publish_via_partition_root = ' || p.pubviaroot || ')'],
       obj_description(p.oid, 'pg_publication'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(p.pubowner))
FROM pg_publication p
