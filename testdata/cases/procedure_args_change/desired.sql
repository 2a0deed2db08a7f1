-- the procedure gains an INOUT argument (new signature: old one dropped, new one created)
CREATE TABLE ledger (id serial PRIMARY KEY, account text NOT NULL, amount numeric NOT NULL);
CREATE PROCEDURE close_account(acct text, INOUT removed bigint DEFAULT NULL) LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM ledger WHERE account = acct;
    GET DIAGNOSTICS removed = ROW_COUNT;
END;
$$;
