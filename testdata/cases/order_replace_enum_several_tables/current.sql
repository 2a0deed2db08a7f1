-- one enum used by three tables in two schemas, with defaults, an index and an array column
CREATE SCHEMA ops;
CREATE TYPE severity AS ENUM ('low', 'medium', 'high', 'urgent');
CREATE TABLE incidents (id integer PRIMARY KEY, sev severity NOT NULL DEFAULT 'low');
CREATE TABLE ops.alerts (id integer PRIMARY KEY, sev severity, escalate_to severity DEFAULT 'high');
CREATE TABLE ops.rules (id integer PRIMARY KEY, matches severity[] NOT NULL DEFAULT '{high}');
CREATE INDEX incidents_sev_idx ON incidents (sev);
INSERT INTO incidents VALUES (1, 'low'), (2, 'high');
INSERT INTO ops.alerts VALUES (1, 'medium', 'high');
INSERT INTO ops.rules VALUES (1, '{low,high}');
