-- version 2: balance int -> bigint under a view, helper function signature changes, audit function records OLD on delete and gains SECURITY DEFINER + SET search_path, row trigger gains DELETE, a TRUNCATE statement trigger is added, audit table gains a column, one view dropped
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    balance bigint NOT NULL DEFAULT 0
);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    changed_by text NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE FUNCTION audit_trigger() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO audit_log (table_name, op, row_data) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(OLD));
    ELSE
        INSERT INTO audit_log (table_name, op, row_data) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE FUNCTION audit_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, op) VALUES (TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit_trigger();
CREATE TRIGGER accounts_audit_truncate AFTER TRUNCATE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
CREATE FUNCTION fmt_money(cents bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT to_char(cents / 100.0, 'FM999999990.00') $$;
CREATE VIEW account_overview AS SELECT id, owner, fmt_money(balance) AS balance_text FROM accounts;
COMMENT ON VIEW account_overview IS 'accounts with formatted balances';
COMMENT ON TRIGGER accounts_audit ON accounts IS 'row-level audit';
