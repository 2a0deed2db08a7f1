CREATE TABLE metrics (id int NOT NULL, host text NOT NULL, at timestamp NOT NULL, val bigint, UNIQUE (id, at)) PARTITION BY RANGE (at);
CREATE TABLE metrics_a PARTITION OF metrics FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE metrics_b PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE INDEX metrics_host ON metrics (host, val);
