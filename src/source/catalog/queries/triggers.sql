-- Triggers written by the user (not internal ones, not clones on partitions)
-- and event triggers.
SELECT json_build_object(
  'triggers', (SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', t.tgname,
         'definition', pg_get_triggerdef(t.oid),
         'enabled', t.tgenabled,
         'comment', obj_description(t.oid, 'pg_trigger'))
         ORDER BY n.nspname, c.relname, t.tgname), '[]')
     FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND t.tgparentid = 0
       AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
       AND n.nspname !~ '^pg_(toast_)?temp_'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                       AND d.objid = c.oid AND d.deptype = 'e')),
  'event_triggers', (SELECT coalesce(json_agg(json_build_object(
         'name', e.evtname,
         'event', e.evtevent,
         'function', e.evtfoid::regproc::text,
         'tags', coalesce(to_json(e.evttags), '[]'),
         'enabled', e.evtenabled,
         'owner', quote_ident(pg_get_userbyid(e.evtowner)),
         'comment', obj_description(e.oid, 'pg_event_trigger'))
         ORDER BY e.evtname), '[]')
     FROM pg_event_trigger e
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_event_trigger'::regclass
                       AND d.objid = e.oid AND d.deptype = 'e'))
)::text
