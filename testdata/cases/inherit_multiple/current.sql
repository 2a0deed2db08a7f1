-- two unrelated parent tables
CREATE TABLE named (name text NOT NULL);
CREATE TABLE timestamped (created_at timestamptz NOT NULL DEFAULT now());
