-- no event triggers
CREATE TABLE t (id integer PRIMARY KEY);
