-- changes one schema comment and removes the other
CREATE SCHEMA a;
CREATE SCHEMA b;
COMMENT ON SCHEMA a IS 'first, revised';
