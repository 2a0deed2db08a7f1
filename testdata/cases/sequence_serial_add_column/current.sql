-- a table with data and no surrogate key
CREATE TABLE tags (name text NOT NULL UNIQUE);
INSERT INTO tags VALUES ('a'), ('b'), ('c');
