CREATE TABLE nodes (id int PRIMARY KEY, parent int REFERENCES nodes (id), name text);
CREATE RECURSIVE VIEW tree (id, depth) AS SELECT id, 0 FROM nodes WHERE parent IS NULL UNION ALL SELECT n.id, t.depth + 1 FROM nodes n JOIN tree t ON n.parent = t.id;
