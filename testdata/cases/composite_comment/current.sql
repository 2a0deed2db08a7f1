-- two composite types, one commented
CREATE TYPE rgb AS (r smallint, g smallint, b smallint);
CREATE TYPE span AS (lo integer, hi integer);
COMMENT ON TYPE span IS 'closed interval';
