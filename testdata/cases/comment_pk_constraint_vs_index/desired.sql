-- comments on the PK constraint and, separately, on its backing index (two distinct objects)
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON CONSTRAINT t_pkey ON t IS 'the constraint';
COMMENT ON INDEX t_pkey IS 'the index';
