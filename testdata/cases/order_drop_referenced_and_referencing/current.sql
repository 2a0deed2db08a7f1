-- a chain of three tables a <- b <- c, plus a fourth that stays
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
CREATE TABLE c (id integer PRIMARY KEY, b_id integer REFERENCES b);
CREATE TABLE keep (id integer PRIMARY KEY);
INSERT INTO a VALUES (1); INSERT INTO b VALUES (1, 1); INSERT INTO c VALUES (1, 1);
