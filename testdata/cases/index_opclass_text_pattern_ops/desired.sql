-- creates an index with the text_pattern_ops opclass
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_name_pattern_idx ON users (name text_pattern_ops);
