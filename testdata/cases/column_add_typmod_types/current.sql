-- a table with one column and data
CREATE TABLE measurements (id integer PRIMARY KEY);
INSERT INTO measurements VALUES (1), (2);
