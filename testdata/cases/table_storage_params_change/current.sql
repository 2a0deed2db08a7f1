-- a table with fillfactor 70 and autovacuum disabled
CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0)
    WITH (fillfactor = 70, autovacuum_enabled = false);
