-- changes one index's fillfactor and resets the other's
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_name_ff_idx ON users (name) WITH (fillfactor = 90);
CREATE INDEX users_email_idx ON users (email);
