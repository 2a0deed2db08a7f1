-- table with storage parameters and comments set with CREATE options
CREATE TABLE t (id integer PRIMARY KEY) WITH (fillfactor = 80, autovacuum_enabled = false);
COMMENT ON TABLE t IS 'x';
COMMENT ON COLUMN t.id IS 'y';
