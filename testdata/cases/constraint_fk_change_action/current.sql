-- a foreign key with default actions
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent);
INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1);
