-- an unrelated table
CREATE TABLE t (id integer PRIMARY KEY);
