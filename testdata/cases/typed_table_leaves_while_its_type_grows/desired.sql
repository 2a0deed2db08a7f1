-- The table stops being typed before its type gains an attribute.
CREATE TYPE point2 AS (x int, y int, label text);
CREATE TABLE marks (x int, y int);
