-- version 1 of an audit-log pattern: table, audit table, trigger function, trigger, view and helper function
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    balance integer NOT NULL DEFAULT 0,
    legacy_flag boolean
);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION audit_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, op, row_data) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION audit_trigger();
CREATE FUNCTION fmt_money(cents integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT (cents / 100.0)::text $$;
CREATE VIEW account_overview AS SELECT id, owner, fmt_money(balance) AS balance_text, legacy_flag FROM accounts;
CREATE VIEW recent_audit AS SELECT id, table_name, op, at FROM audit_log WHERE at > now() - interval '1 day';
