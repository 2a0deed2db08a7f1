SELECT string_agg(tableoid::regclass::text || ':' || id || ':' || at, ',' ORDER BY id)
       = 'events_2024:1:2024-03-01,events_2025:2:2025-03-01,events_default:3:2030-01-01'
FROM events
