-- integer key referenced by an integer foreign key
CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES parents (id));
INSERT INTO parents VALUES (1); INSERT INTO children VALUES (1, 1);
