-- revokes USAGE on the schema from dl_writer
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO dl_reader;
