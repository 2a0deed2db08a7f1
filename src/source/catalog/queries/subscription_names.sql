-- The subscriptions of this database for a role that may not read their
-- connection strings: their names only (the columns PostgreSQL 13 lets
-- every role read), each then reported as not managed.
SELECT coalesce(json_agg(json_build_object(
         'name', s.subname, 'connection', NULL, 'publications', '[]'::json, 'enabled', false,
         'slot_name', NULL, 'options', '{}'::json, 'comment', NULL, 'owner', NULL)
         ORDER BY s.subname), '[]')::text
FROM pg_subscription s
WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
