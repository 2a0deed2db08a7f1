-- creates expression indexes (unique lower(email), length(name) plus lower(name))
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE UNIQUE INDEX users_lower_email_idx ON users (lower(email));
CREATE INDEX users_name_len_idx ON users ((length(name)), lower(name));
