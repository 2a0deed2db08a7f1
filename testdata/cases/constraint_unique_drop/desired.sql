-- drops one of two unique constraints
CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, nick text);
