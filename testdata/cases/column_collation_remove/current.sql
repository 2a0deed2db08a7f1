-- a column with an explicit collation
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE "C");
