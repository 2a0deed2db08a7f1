-- creates a child inheriting from both parents (multiple inheritance, parent order matters)
CREATE TABLE named (name text NOT NULL);
CREATE TABLE timestamped (created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE articles (id integer PRIMARY KEY, body text) INHERITS (named, timestamped);
