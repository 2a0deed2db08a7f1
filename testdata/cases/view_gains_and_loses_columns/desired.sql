-- the view loses one column in the middle and gains two others
CREATE TABLE accounts (id integer PRIMARY KEY, login text NOT NULL, legacy_code text, created_at timestamptz NOT NULL DEFAULT now(), email text);
CREATE VIEW account_summary AS SELECT id, login, created_at, email, lower(login) AS login_lower FROM accounts;
