-- changes the body of a SQL function to fall back to a default
CREATE TABLE settings (key text PRIMARY KEY, value text);
CREATE FUNCTION setting(k text) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce((SELECT value FROM settings WHERE key = k), '') $$;
