-- creates a covering index with INCLUDE columns
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_email_incl_idx ON users (email) INCLUDE (name, active);
