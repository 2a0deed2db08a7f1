-- a procedure with one argument
CREATE TABLE ledger (id serial PRIMARY KEY, account text NOT NULL, amount numeric NOT NULL);
CREATE PROCEDURE close_account(acct text) LANGUAGE sql AS $$ DELETE FROM ledger WHERE account = acct $$;
