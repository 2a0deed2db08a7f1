-- hstore is installed but nothing uses it
CREATE EXTENSION hstore;
CREATE TABLE t (id integer PRIMARY KEY);
