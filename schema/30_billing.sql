CREATE SEQUENCE billing.invoice_number START WITH 1000 INCREMENT BY 1;

CREATE TABLE billing.invoices (
    id          bigserial PRIMARY KEY,
    number      integer NOT NULL DEFAULT nextval('billing.invoice_number') UNIQUE,
    account_id  bigint NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    state       billing.invoice_state NOT NULL DEFAULT 'draft',
    total       numeric(12, 2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    issued_on   date,
    lines       jsonb NOT NULL DEFAULT '[]'
) WITH (fillfactor = 90);

CREATE INDEX invoices_account_idx ON billing.invoices (account_id, issued_on DESC);
CREATE INDEX invoices_open_idx ON billing.invoices (issued_on) WHERE state = 'open';

CREATE TABLE billing.payments (
    invoice_id  bigint NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE,
    paid_at     timestamptz NOT NULL,
    amount      numeric(12, 2) NOT NULL,
    PRIMARY KEY (invoice_id, paid_at)
);
