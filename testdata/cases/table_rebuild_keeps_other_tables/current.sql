-- three tables, one to drop, one to create, one untouched
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
CREATE TABLE c (id integer PRIMARY KEY);
INSERT INTO a VALUES (1); INSERT INTO b VALUES (1, 1);
