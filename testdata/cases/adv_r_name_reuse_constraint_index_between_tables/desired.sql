CREATE TABLE users (id bigint CONSTRAINT users_pk PRIMARY KEY, email text CONSTRAINT users_email UNIQUE);
CREATE INDEX users_lower ON users (lower(email));
