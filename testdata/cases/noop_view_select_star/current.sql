-- a view written with SELECT *
CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW all_t AS SELECT * FROM t;
