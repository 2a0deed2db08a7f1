-- Named constraints (check, unique, foreign key), a trigger, its function,
-- both overloads of a function, a procedure and a policy renamed; the
-- trigger keeps working under its function's new name.
CREATE TABLE accounts (
    id int PRIMARY KEY,
    owner_name text,
    balance numeric,
    CONSTRAINT balance_not_negative CHECK (balance >= 0), -- @renamed from=positive
    CONSTRAINT accounts_owner_unique UNIQUE (owner_name) -- @renamed from=one_owner
);
CREATE TABLE audit (account int, at timestamptz DEFAULT now());
ALTER TABLE audit
    ADD CONSTRAINT audit_account_fkey FOREIGN KEY (account) REFERENCES accounts; -- @renamed from=audit_acct
CREATE FUNCTION audit_change() RETURNS trigger -- @renamed from=log_change
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit (account) VALUES (NEW.id);
    RETURN NEW;
END $$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE ON accounts -- @renamed from=on_change
    FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE FUNCTION sum_of(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT a + b'; -- @renamed from=total
CREATE FUNCTION sum_of(a int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a'; -- @renamed from=total
CREATE PROCEDURE clear_audit() LANGUAGE sql AS 'DELETE FROM audit'; -- @renamed from=reset_all
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_own_rows ON accounts USING (owner_name = current_user); -- @renamed from=own_rows
