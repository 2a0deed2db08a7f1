-- Publications. Created empty or FOR ALL TABLES; what else they publish
-- is settings altered one at a time: `table NAME` (its column list and
-- row filter, where the major has them), `schema NAME` (15), and the
-- options `publish`, `publish_via_partition_root` and (18)
-- `publish_generated_columns`.
SELECT 'publication', 'pg_publication'::regclass, p.oid, NULL::name,
       quote_ident(p.pubname),
       quote_ident(p.pubname),
       ARRAY['CREATE PUBLICATION ' || quote_ident(p.pubname) || CASE WHEN p.puballtables THEN ' FOR ALL TABLES' ELSE '' END],
       obj_description(p.oid, 'pg_publication'), NULL::json, NULL::json, quote_ident(pg_get_userbyid(p.pubowner)),
       (jsonb_build_object(
          'publish', quote_literal(concat_ws(', ',
             CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
             CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END)),
          'publish_via_partition_root', p.pubviaroot::text){{v:publication_generated_columns}}
        || coalesce((SELECT jsonb_object_agg('table ' || quote_ident(rn.nspname) || '.' || quote_ident(rc.relname),
                                             ''{{v:publication_table_extras}})
                     FROM pg_publication_rel pr JOIN pg_class rc ON rc.oid = pr.prrelid
                     JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                     WHERE pr.prpubid = p.oid), '{}')
        || coalesce({{v:publication_schemas}}, '{}'))::json
FROM pg_publication p
