-- creates a brin index with pages_per_range
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_created_brin_idx ON users USING brin (created_at) WITH (pages_per_range = 32);
