-- a parent and a child with rows
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric(12,2) NOT NULL);
CREATE TABLE savings_accounts (rate numeric(5,4)) INHERITS (accounts);
INSERT INTO savings_accounts VALUES (1, 100.00, 0.0150);
