-- one FK cycle between two tables (old_a <-> old_b) and a table that stays
CREATE TABLE old_a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE old_b (id integer PRIMARY KEY, a_id integer REFERENCES old_a);
ALTER TABLE old_a ADD FOREIGN KEY (b_id) REFERENCES old_b;
CREATE TABLE stays (id integer PRIMARY KEY);
INSERT INTO old_a VALUES (1, NULL); INSERT INTO old_b VALUES (1, 1); UPDATE old_a SET b_id = 1;
