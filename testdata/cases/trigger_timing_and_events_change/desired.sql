-- the same trigger becomes BEFORE INSERT OR UPDATE (triggers cannot be altered: drop + create)
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.balance < 0 THEN
        RAISE EXCEPTION 'negative balance';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_check BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION check_balance();
