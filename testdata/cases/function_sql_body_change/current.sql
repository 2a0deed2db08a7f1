-- a SQL function reading a table
CREATE TABLE settings (key text PRIMARY KEY, value text);
CREATE FUNCTION setting(k text) RETURNS text LANGUAGE sql STABLE AS $$ SELECT value FROM settings WHERE key = k $$;
