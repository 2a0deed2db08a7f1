-- a table without indexes
CREATE TABLE t (a integer, b text);
