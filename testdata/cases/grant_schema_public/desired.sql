-- grants USAGE on the schema to PUBLIC and drops the role grant
CREATE SCHEMA shared;
GRANT USAGE ON SCHEMA shared TO PUBLIC;
