-- creates a multi-column index with mixed directions
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_active_created_idx ON users (active, created_at DESC, id);
