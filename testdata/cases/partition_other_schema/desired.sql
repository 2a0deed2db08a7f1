-- a partitioned table in a schema of its own, with partitions in that schema and in a second one
CREATE SCHEMA metrics;
CREATE SCHEMA metrics_archive;
CREATE TABLE metrics.samples (
    host text NOT NULL,
    at date NOT NULL,
    cpu real
) PARTITION BY RANGE (at);
CREATE TABLE metrics.samples_current PARTITION OF metrics.samples FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE TABLE metrics_archive.samples_old PARTITION OF metrics.samples FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE INDEX samples_host_idx ON metrics.samples (host);
