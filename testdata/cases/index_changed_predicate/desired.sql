-- changes the WHERE predicate of a partial index
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_email_idx ON users (email) WHERE active AND created_at > '2020-01-01 00:00:00+00';
