-- creates a partial unique index
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE UNIQUE INDEX users_active_name_uidx ON users (name) WHERE active;
