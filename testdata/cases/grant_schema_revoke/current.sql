-- a schema with USAGE granted to two roles
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO dl_reader, dl_writer;
