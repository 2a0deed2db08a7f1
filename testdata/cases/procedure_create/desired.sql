-- creates a plpgsql procedure and a SQL procedure
CREATE TABLE ledger (id serial PRIMARY KEY, account text NOT NULL, amount numeric NOT NULL);
CREATE PROCEDURE post_entry(acct text, amt numeric)
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO ledger (account, amount) VALUES (acct, amt);
END;
$$;
CREATE PROCEDURE clear_account(acct text)
    LANGUAGE sql
    AS $$ DELETE FROM ledger WHERE account = acct $$;
