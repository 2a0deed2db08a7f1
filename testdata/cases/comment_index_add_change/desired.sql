-- adds a comment on one index and changes the comment on another
CREATE TABLE t (a integer, b integer);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
COMMENT ON INDEX t_a_idx IS 'speeds up lookups by a';
COMMENT ON INDEX t_b_idx IS 'new note';
