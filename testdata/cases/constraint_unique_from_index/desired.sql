-- the same name now belongs to a UNIQUE constraint (pg_constraint row must appear)
CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE);
