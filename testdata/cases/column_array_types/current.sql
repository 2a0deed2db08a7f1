-- a table with no array columns
CREATE TABLE docs (id integer PRIMARY KEY);
