-- the same unique constraint with a different name (its index is renamed with it)
CREATE TABLE users (id integer PRIMARY KEY, email text CONSTRAINT users_email_uniq UNIQUE);
