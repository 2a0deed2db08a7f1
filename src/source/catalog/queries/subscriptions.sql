-- The subscriptions of this database (pg_subscription is shared by the
-- cluster's databases). Every WITH option this major keeps is spelled as
-- CREATE SUBSCRIPTION takes it. The connection string is readable only by
-- superusers: for another role the reader runs subscription_names.sql.
SELECT coalesce(json_agg(json_build_object(
         'name', s.subname,
         'connection', s.subconninfo,
         'publications', (SELECT coalesce(json_agg(p ORDER BY p), '[]') FROM unnest(s.subpublications) p),
         'enabled', s.subenabled,
         'slot_name', s.subslotname,
         'options', jsonb_build_object('synchronous_commit', quote_literal(s.subsynccommit))
                    {{v:subscription_options_14}} {{v:subscription_options_15}}
                    {{v:subscription_options_16}} {{v:subscription_options_17}},
         'comment', obj_description(s.oid, 'pg_subscription'),
         'owner', quote_ident(pg_get_userbyid(s.subowner)))
         ORDER BY s.subname), '[]')::text
FROM pg_subscription s
WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
