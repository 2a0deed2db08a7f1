-- creates an index with an explicit collation different from the column's
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_name_c_idx ON users (name COLLATE "C");
CREATE INDEX users_email_posix_idx ON users (email COLLATE "POSIX" DESC);
