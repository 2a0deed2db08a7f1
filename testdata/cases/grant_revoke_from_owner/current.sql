-- a ledger table with a grant to a role, owner privileges untouched
CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL);
INSERT INTO ledger VALUES (1, 10.00);
GRANT SELECT ON ledger TO dl_reader;
