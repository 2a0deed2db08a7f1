CREATE TABLE stage_parent (id int PRIMARY KEY);
CREATE TABLE stage_child (id serial PRIMARY KEY, pid int REFERENCES stage_parent(id));
CREATE UNLOGGED TABLE perm_parent (id int PRIMARY KEY);
CREATE UNLOGGED TABLE perm_child (id int PRIMARY KEY, pid int REFERENCES perm_parent(id));
