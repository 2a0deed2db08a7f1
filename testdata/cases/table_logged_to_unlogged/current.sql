-- a normal (logged) cache table
CREATE TABLE session_cache (key text PRIMARY KEY, value bytea, expires_at timestamptz);
INSERT INTO session_cache VALUES ('a', '\x00', now());
