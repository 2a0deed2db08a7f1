-- a table uses citext for one column
CREATE EXTENSION citext;
CREATE TABLE tags (id integer PRIMARY KEY, label citext NOT NULL);
INSERT INTO tags VALUES (1, 'News');
