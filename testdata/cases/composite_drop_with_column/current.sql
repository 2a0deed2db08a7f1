-- a composite type used by a column
CREATE TYPE coords AS (x integer, y integer);
CREATE TABLE markers (id integer PRIMARY KEY, pos coords);
INSERT INTO markers VALUES (1, ROW(1, 2));
