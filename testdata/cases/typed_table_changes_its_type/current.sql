CREATE TYPE v1 AS (id int, name text);
CREATE TYPE v2 AS (id int, name text);
CREATE TABLE records OF v1;
