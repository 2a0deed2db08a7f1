-- columns declared as int
CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL DEFAULT 1);
