-- adds comments on a sequence and on an enum type
CREATE SEQUENCE seq1;
CREATE TYPE e1 AS ENUM ('a', 'b');
COMMENT ON SEQUENCE seq1 IS 'numbers for things';
COMMENT ON TYPE e1 IS 'the kinds of things';
