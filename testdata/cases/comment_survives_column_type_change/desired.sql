-- the column type changes; its comment must still be present afterwards
CREATE TABLE t (id integer PRIMARY KEY, amount bigint);
COMMENT ON COLUMN t.amount IS 'amount in cents';
