-- a schema with USAGE granted to a role only
CREATE SCHEMA shared;
GRANT USAGE ON SCHEMA shared TO dl_reader;
