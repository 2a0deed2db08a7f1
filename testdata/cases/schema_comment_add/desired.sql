-- adds a comment on an existing schema
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application objects';
