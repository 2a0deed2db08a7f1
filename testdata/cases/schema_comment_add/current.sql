-- a schema without a comment
CREATE SCHEMA app;
