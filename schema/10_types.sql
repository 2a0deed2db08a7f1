-- Types shared by the tables. Files load in any order: driftless resolves
-- dependencies itself, so split the schema however reads best.
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Invoices and payments';

CREATE TYPE account_status AS ENUM ('active', 'suspended', 'closed');
CREATE TYPE billing.invoice_state AS ENUM ('draft', 'open', 'paid', 'void');
