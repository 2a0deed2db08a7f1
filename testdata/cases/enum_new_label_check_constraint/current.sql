-- an enum column with rows
CREATE TYPE acct_state AS ENUM ('active', 'closed');
CREATE TABLE accounts (id integer PRIMARY KEY, state acct_state NOT NULL);
INSERT INTO accounts VALUES (1, 'active'), (2, 'closed');
