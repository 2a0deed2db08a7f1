-- a primary key without comments
CREATE TABLE t (id integer PRIMARY KEY);
