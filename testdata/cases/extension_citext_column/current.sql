-- a users table without an email column, no extension yet
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
