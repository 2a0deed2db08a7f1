CREATE TABLE accounts (
    id int PRIMARY KEY,
    owner_name text,
    balance numeric CONSTRAINT positive CHECK (balance >= 0),
    CONSTRAINT one_owner UNIQUE (owner_name)
);
CREATE TABLE audit (account int, at timestamptz DEFAULT now());
ALTER TABLE audit ADD CONSTRAINT audit_acct FOREIGN KEY (account) REFERENCES accounts;
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit (account) VALUES (NEW.id);
    RETURN NEW;
END $$;
CREATE TRIGGER on_change AFTER INSERT OR UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE FUNCTION total(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION total(a int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE PROCEDURE reset_all() LANGUAGE sql AS 'DELETE FROM audit';
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON accounts USING (owner_name = current_user);
INSERT INTO accounts VALUES (1, 'ann', 10), (2, 'bob', 20);
