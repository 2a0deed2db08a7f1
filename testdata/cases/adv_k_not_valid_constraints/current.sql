CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int, qty int);
INSERT INTO child VALUES (1, 99, -1);
