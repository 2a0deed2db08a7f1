-- a text column with the default collation
CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL);
