-- creates indexes with DESC, NULLS FIRST and NULLS LAST orderings
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true);
CREATE INDEX users_created_desc_idx ON users (created_at DESC);
CREATE INDEX users_email_nf_idx ON users (email NULLS FIRST);
CREATE INDEX users_email_desc_nl_idx ON users (email DESC NULLS LAST, id);
