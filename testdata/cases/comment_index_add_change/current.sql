-- two indexes, one with a comment
CREATE TABLE t (a integer, b integer);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
COMMENT ON INDEX t_b_idx IS 'old note';
