-- an integer column with data, a default and an index
CREATE TABLE events (id integer PRIMARY KEY, hits integer NOT NULL DEFAULT 0);
CREATE INDEX events_hits_idx ON events (hits);
INSERT INTO events VALUES (1, 10), (2, 2147483647);
