-- a trigger whose WHEN condition reads an integer column
CREATE TABLE accounts (id integer PRIMARY KEY, balance integer NOT NULL DEFAULT 0, changed_at timestamptz);
CREATE FUNCTION mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_balance_changed BEFORE UPDATE ON accounts FOR EACH ROW
    WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION mark_changed();
