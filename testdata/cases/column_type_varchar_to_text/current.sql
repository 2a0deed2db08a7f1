-- varchar columns with and without length
CREATE TABLE notes (id integer PRIMARY KEY, title varchar(200), body character varying);
INSERT INTO notes VALUES (1, 'hello', 'world');
