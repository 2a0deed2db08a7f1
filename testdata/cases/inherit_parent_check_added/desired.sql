-- adds a CHECK on the parent: it is inherited by the child under the same name (not added on the child separately)
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric(12,2) NOT NULL, CONSTRAINT accounts_balance_check CHECK (balance >= 0));
CREATE TABLE savings_accounts (rate numeric(5,4)) INHERITS (accounts);
