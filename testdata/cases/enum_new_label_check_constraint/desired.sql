-- adds a label and a CHECK constraint mentioning it in the same plan (must be committed before use)
CREATE TYPE acct_state AS ENUM ('active', 'frozen', 'closed');
CREATE TABLE accounts (id integer PRIMARY KEY, state acct_state NOT NULL,
    CONSTRAINT accounts_id_not_frozen CHECK (id > 0 OR state <> 'frozen'));
