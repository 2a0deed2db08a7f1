CREATE SCHEMA app;
CREATE TABLE app.settings (k text PRIMARY KEY, v text);
CREATE FUNCTION app.get(key text) RETURNS text LANGUAGE sql STABLE AS 'SELECT v FROM app.settings WHERE k = key';
