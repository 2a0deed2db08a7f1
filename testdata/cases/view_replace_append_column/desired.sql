-- appends columns at the end of a view (CREATE OR REPLACE VIEW is enough)
CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL, email text, born date);
CREATE VIEW people_list AS SELECT id, name, email, born FROM people;
