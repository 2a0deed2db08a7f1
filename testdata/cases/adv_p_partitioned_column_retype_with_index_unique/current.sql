CREATE TABLE metrics (id int NOT NULL, host varchar(20) NOT NULL, at timestamp NOT NULL, val int, legacy text) PARTITION BY RANGE (at);
CREATE TABLE metrics_a PARTITION OF metrics FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE metrics_b PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE INDEX metrics_host ON metrics (host, val);
CREATE INDEX metrics_legacy ON metrics (legacy);
INSERT INTO metrics VALUES (1, 'h', '2023-05-05', 1, 'x'), (2, 'h', '2024-05-05', 2, 'y');
