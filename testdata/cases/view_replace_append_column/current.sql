-- a view exposing two columns of a table
CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL, email text, born date);
CREATE VIEW people_list AS SELECT id, name FROM people;
