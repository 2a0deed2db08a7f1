-- a schema whose USAGE is granted to one role
CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY);
GRANT USAGE ON SCHEMA app TO dl_reader;
