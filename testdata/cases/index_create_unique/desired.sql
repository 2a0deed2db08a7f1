-- creates a unique index (not a constraint)
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE UNIQUE INDEX users_email_uidx ON users (email);
