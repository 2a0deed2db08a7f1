-- switches a table to UNLOGGED
CREATE UNLOGGED TABLE session_cache (key text PRIMARY KEY, value bytea, expires_at timestamptz);
