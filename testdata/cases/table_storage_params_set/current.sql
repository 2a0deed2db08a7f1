-- a table without storage parameters
CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
