CREATE TABLE nodes (id int PRIMARY KEY, parent int REFERENCES nodes (id), name text);
CREATE RECURSIVE VIEW tree (id, depth, path) AS SELECT id, 0, ARRAY[name] FROM nodes WHERE parent IS NULL UNION ALL SELECT n.id, t.depth + 1, t.path || n.name FROM nodes n JOIN tree t ON n.parent = t.id;
CREATE RECURSIVE VIEW nums (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums WHERE n < 10;
