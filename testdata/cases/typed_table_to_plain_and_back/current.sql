CREATE TYPE person AS (name text, age int);
CREATE TABLE people OF person;
CREATE TABLE staff (name text, age int);
INSERT INTO people VALUES ('ann', 30);
INSERT INTO staff VALUES ('cy', 40);
