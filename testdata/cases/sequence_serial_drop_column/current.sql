-- a table with a serial column
CREATE TABLE tags (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
INSERT INTO tags (name) VALUES ('a'), ('b');
