-- drops an unused enum type
CREATE TABLE t (id integer PRIMARY KEY);
