-- two schemas with comments
CREATE SCHEMA a;
CREATE SCHEMA b;
COMMENT ON SCHEMA a IS 'first';
COMMENT ON SCHEMA b IS 'second';
