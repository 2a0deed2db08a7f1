-- a view over several table columns
CREATE TABLE accounts (id integer PRIMARY KEY, login text NOT NULL, legacy_code text, created_at timestamptz NOT NULL DEFAULT now(), email text);
CREATE VIEW account_summary AS SELECT id, login, legacy_code, created_at FROM accounts;
