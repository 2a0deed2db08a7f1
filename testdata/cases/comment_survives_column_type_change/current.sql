-- a commented column that will change type
CREATE TABLE t (id integer PRIMARY KEY, amount integer);
COMMENT ON COLUMN t.amount IS 'amount in cents';
