-- unnamed indexes with default options
CREATE TABLE t (a integer, b text);
CREATE INDEX ON t (a);
CREATE INDEX ON t (b DESC);
