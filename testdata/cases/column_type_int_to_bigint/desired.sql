-- widens integer columns (incl. the primary key) to bigint, keeping data, default and index
CREATE TABLE events (id bigint PRIMARY KEY, hits bigint NOT NULL DEFAULT 0);
CREATE INDEX events_hits_idx ON events (hits);
