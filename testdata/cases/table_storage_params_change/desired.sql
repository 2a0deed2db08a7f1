-- changes fillfactor, keeps autovacuum_enabled, adds autovacuum_vacuum_scale_factor
CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0)
    WITH (fillfactor = 90, autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.05);
