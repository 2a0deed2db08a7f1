-- Each set of default privileges changes: grants move, options go, the
-- built-in function default comes back.
CREATE SCHEMA reports;
ALTER DEFAULT PRIVILEGES IN SCHEMA reports GRANT SELECT, REFERENCES ON TABLES TO dp_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reports GRANT SELECT ON TABLES TO dp_writer;
ALTER DEFAULT PRIVILEGES GRANT INSERT, UPDATE ON TABLES TO dp_writer;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO dp_writer;
CREATE TABLE reports.daily (day date PRIMARY KEY, total integer);
