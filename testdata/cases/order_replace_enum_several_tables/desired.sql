-- removes a label and reorders: the enum is rebuilt and every dependent column, default and index follows
CREATE SCHEMA ops;
CREATE TYPE severity AS ENUM ('high', 'medium', 'low');
CREATE TABLE incidents (id integer PRIMARY KEY, sev severity NOT NULL DEFAULT 'low');
CREATE TABLE ops.alerts (id integer PRIMARY KEY, sev severity, escalate_to severity DEFAULT 'high');
CREATE TABLE ops.rules (id integer PRIMARY KEY, matches severity[] NOT NULL DEFAULT '{high}');
CREATE INDEX incidents_sev_idx ON incidents (sev);
