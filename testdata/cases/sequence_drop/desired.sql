-- drops a free-standing sequence
CREATE TABLE t (id integer PRIMARY KEY);
