-- a free-standing sequence that is no longer needed
CREATE SEQUENCE old_counter;
CREATE TABLE t (id integer PRIMARY KEY);
