-- creates indexes without names (PostgreSQL picks t_a_idx, t_a_idx1, t_lower_idx, t_a_b_idx)
CREATE TABLE t (a integer, b text);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a DESC);
CREATE INDEX ON t (lower(b));
CREATE INDEX ON t (a, b);
