-- uniqueness enforced by a unique index, not a constraint
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE UNIQUE INDEX users_email_key ON users (email);
