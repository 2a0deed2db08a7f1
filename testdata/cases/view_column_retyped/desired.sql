-- changes the type of a view output column via a cast, same name and position (needs drop + create)
CREATE TABLE counters (id integer PRIMARY KEY, hits integer NOT NULL DEFAULT 0);
CREATE VIEW counter_view AS SELECT id, hits::bigint AS hits FROM counters;
