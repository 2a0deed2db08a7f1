CREATE SCHEMA app;
CREATE TABLE app.settings (k text PRIMARY KEY, v text);
SET search_path = app, public;
CREATE FUNCTION app.get(key text) RETURNS text LANGUAGE sql STABLE SET search_path FROM CURRENT AS 'SELECT v FROM settings WHERE k = key';
CREATE FUNCTION app.get2(key text) RETURNS text LANGUAGE sql STABLE SET search_path = "$user", app SET work_mem = '8MB' AS 'SELECT v FROM settings WHERE k = key';
RESET search_path;
