-- creates a partial index with a WHERE predicate
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_active_email_idx ON users (email) WHERE active AND email IS NOT NULL;
