-- an events table keyed by integer
CREATE TABLE events (id integer PRIMARY KEY, name text);
