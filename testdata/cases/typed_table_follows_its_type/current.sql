CREATE TYPE person AS (name text, age int, nickname text);
CREATE TABLE people OF person (PRIMARY KEY (name));
CREATE INDEX people_nickname ON people (nickname);
INSERT INTO people VALUES ('ann', 30, 'a'), ('bob', NULL, NULL);
