-- compact single-line definitions
CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, n integer DEFAULT 1);
CREATE INDEX t_name_idx ON t (name);
