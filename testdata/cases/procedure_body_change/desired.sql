-- changes the bodies of both procedures and adds SECURITY DEFINER to one
CREATE TABLE ledger (id serial PRIMARY KEY, account text NOT NULL, amount numeric NOT NULL);
CREATE PROCEDURE post_entry(acct text, amt numeric) LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF amt = 0 THEN
        RAISE EXCEPTION 'zero amount';
    END IF;
    INSERT INTO ledger (account, amount) VALUES (acct, amt);
END;
$$;
CREATE PROCEDURE purge() LANGUAGE sql
BEGIN ATOMIC
    DELETE FROM ledger WHERE amount = 0 OR account = '';
END;
