-- a plpgsql procedure and a SQL-standard-body procedure
CREATE TABLE ledger (id serial PRIMARY KEY, account text NOT NULL, amount numeric NOT NULL);
CREATE PROCEDURE post_entry(acct text, amt numeric) LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger (account, amount) VALUES (acct, amt);
END;
$$;
CREATE PROCEDURE purge() LANGUAGE sql
BEGIN ATOMIC
    DELETE FROM ledger WHERE amount = 0;
END;
