-- the owner revokes UPDATE, DELETE, TRUNCATE from itself (append-only ledger): the owner's own ACL entry shrinks
CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL);
GRANT SELECT ON ledger TO dl_reader;
REVOKE UPDATE, DELETE, TRUNCATE ON ledger FROM CURRENT_USER;
