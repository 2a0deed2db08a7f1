-- resets all storage parameters to the defaults (RESET, not SET to default values)
CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
