-- NO-OP: parameters set later by ALTER TABLE SET instead of CREATE ... WITH, comments set in another order
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON COLUMN t.id IS 'y';
ALTER TABLE t SET (fillfactor = 80, autovacuum_enabled = false);
COMMENT ON TABLE t IS 'x';
