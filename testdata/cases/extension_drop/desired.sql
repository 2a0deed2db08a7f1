-- removes an unused extension
CREATE TABLE t (id integer PRIMARY KEY);
