-- a table with unique data but no constraint
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x');
