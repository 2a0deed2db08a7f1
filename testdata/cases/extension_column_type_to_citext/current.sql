-- email is plain text; citext is already installed
CREATE EXTENSION citext;
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
INSERT INTO users VALUES (1, 'Ann@example.com');
