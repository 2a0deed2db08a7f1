-- grants USAGE and CREATE on the schema to another role
CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY);
GRANT USAGE ON SCHEMA app TO dl_reader;
GRANT USAGE, CREATE ON SCHEMA app TO dl_writer;
