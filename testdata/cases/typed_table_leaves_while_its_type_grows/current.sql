CREATE TYPE point2 AS (x int, y int);
CREATE TABLE marks OF point2;
INSERT INTO marks VALUES (1, 2);
