CREATE UNLOGGED TABLE stage_parent (id int PRIMARY KEY);
CREATE UNLOGGED TABLE stage_child (id serial PRIMARY KEY, pid int REFERENCES stage_parent(id));
INSERT INTO stage_parent VALUES (1); INSERT INTO stage_child (pid) VALUES (1);
CREATE TABLE perm_parent (id int PRIMARY KEY);
CREATE TABLE perm_child (id int PRIMARY KEY, pid int REFERENCES perm_parent(id));
