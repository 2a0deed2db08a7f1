-- a view written compactly in lower case
CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_names AS SELECT id, name FROM t WHERE active AND name <> '' ORDER BY name;
