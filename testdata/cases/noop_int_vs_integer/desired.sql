-- NO-OP: int written as integer
CREATE TABLE t (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 1);
