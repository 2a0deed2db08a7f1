-- adds a comment on rgb and changes the one on span
CREATE TYPE rgb AS (r smallint, g smallint, b smallint);
CREATE TYPE span AS (lo integer, hi integer);
COMMENT ON TYPE rgb IS 'colour channels 0..255';
COMMENT ON TYPE span IS 'half-open interval [lo, hi)';
