-- NO-OP: the same view with the star expanded and table-qualified (PostgreSQL stores * expanded)
CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW all_t AS SELECT t.id, t.name FROM t;
