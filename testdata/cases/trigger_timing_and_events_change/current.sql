-- an AFTER INSERT row trigger
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.balance < 0 THEN
        RAISE EXCEPTION 'negative balance';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_check AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION check_balance();
