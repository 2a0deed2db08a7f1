-- adds NOT NULL to existing columns
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, plan text NOT NULL);
