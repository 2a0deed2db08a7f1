-- creates a schema and its comment together
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'audit trail; do not edit by hand';
