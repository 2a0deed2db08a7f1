-- a table without procedures
CREATE TABLE ledger (id serial PRIMARY KEY, account text NOT NULL, amount numeric NOT NULL);
