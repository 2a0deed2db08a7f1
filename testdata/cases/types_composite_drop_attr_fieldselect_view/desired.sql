CREATE SCHEMA billing;
CREATE DOMAIN billing.email AS text
  CONSTRAINT email_format CHECK (VALUE ~* '^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+$');
CREATE DOMAIN billing.positive_money AS numeric(12,2)
  CONSTRAINT positive_money_nonneg CHECK (VALUE >= 0);
CREATE DOMAIN billing.currency AS char(3) DEFAULT 'USD' CHECK (VALUE IN ('USD', 'EUR', 'GBP'));
CREATE TYPE billing.money_amount AS (amount billing.positive_money);
CREATE TYPE billing.account_summary AS (account_id integer, email billing.email, balance numeric, open_invoices integer);

CREATE TABLE billing.accounts (
  id serial PRIMARY KEY,
  email billing.email NOT NULL UNIQUE,
  currency billing.currency NOT NULL,
  credit_limit billing.positive_money NOT NULL DEFAULT 0
);
CREATE TABLE billing.invoices (
  id serial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES billing.accounts ON DELETE CASCADE,
  amount billing.positive_money NOT NULL,
  paid billing.positive_money NOT NULL DEFAULT 0,
  due date NOT NULL,
  CHECK (paid <= amount)
);

CREATE FUNCTION billing.balance_of(acc integer) RETURNS billing.money_amount
  LANGUAGE sql STABLE
  AS $$ SELECT ROW(coalesce(sum(i.amount - i.paid), 0))::billing.money_amount
        FROM billing.accounts a LEFT JOIN billing.invoices i ON i.account_id = a.id
        WHERE a.id = acc GROUP BY a.currency $$;

CREATE FUNCTION billing.summaries(min_balance numeric DEFAULT 0) RETURNS SETOF billing.account_summary
  LANGUAGE sql STABLE
  AS $$ SELECT a.id, a.email, coalesce(sum(i.amount - i.paid), 0), count(i.id) FILTER (WHERE i.paid < i.amount)::integer
        FROM billing.accounts a LEFT JOIN billing.invoices i ON i.account_id = a.id
        GROUP BY a.id HAVING coalesce(sum(i.amount - i.paid), 0) >= min_balance $$;

CREATE FUNCTION billing.overdue(as_of date) RETURNS TABLE (invoice_id integer, account_id integer, days_late integer)
  LANGUAGE sql STABLE
  AS $$ SELECT id, account_id, (as_of - due) FROM billing.invoices WHERE paid < amount AND due < as_of $$;

CREATE VIEW billing.debtors AS
  SELECT s.account_id, s.email, s.balance, a.currency
  FROM billing.summaries(0.01) s JOIN billing.accounts a ON a.id = s.account_id;
CREATE VIEW billing.overdue_today AS
  SELECT o.*, a.email FROM billing.overdue(current_date) o JOIN billing.accounts a ON a.id = o.account_id;
CREATE VIEW billing.balances AS
  SELECT a.id, (billing.balance_of(a.id)).amount AS outstanding, a.currency,
         a.credit_limit - (billing.balance_of(a.id)).amount AS headroom
  FROM billing.accounts a;
