-- Retyped on the parent (PostgreSQL retypes the partitions with it and
-- casts each one's default): the partitions keep the parent's default, and
-- jobs_b its own.
CREATE TYPE job_state AS ENUM ('open', 'done');
CREATE TABLE jobs (id int, state job_state DEFAULT 'open', prio bigint DEFAULT 1) PARTITION BY RANGE (id);
CREATE TABLE jobs_a PARTITION OF jobs FOR VALUES FROM (0) TO (100);
CREATE TABLE jobs_b PARTITION OF jobs (prio DEFAULT 7) FOR VALUES FROM (100) TO (200);
