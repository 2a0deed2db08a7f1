-- a table with two storage parameters
CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0)
    WITH (fillfactor = 70, autovacuum_enabled = off);
