CREATE TABLE accounts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL,
    name        varchar(200) NOT NULL,
    status      account_status NOT NULL DEFAULT 'active',
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT accounts_email_check CHECK (position('@' IN email) > 1)
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
COMMENT ON TABLE accounts IS 'One row per customer account';
COMMENT ON COLUMN accounts.email IS 'Login and contact address';
