-- a view with an integer output column
CREATE TABLE counters (id integer PRIMARY KEY, hits integer NOT NULL DEFAULT 0);
CREATE VIEW counter_view AS SELECT id, hits FROM counters;
