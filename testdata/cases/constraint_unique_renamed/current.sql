-- a unique constraint with the default name
CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE);
