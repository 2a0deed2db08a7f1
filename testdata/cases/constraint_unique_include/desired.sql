-- creates a unique constraint with INCLUDE columns and index storage parameters
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    CONSTRAINT accounts_email_key UNIQUE (email) INCLUDE (name) WITH (fillfactor = 80)
);
