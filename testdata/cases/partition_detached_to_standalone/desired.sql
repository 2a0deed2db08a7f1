CREATE TABLE metrics (id int NOT NULL, day date NOT NULL, v int, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX metrics_v ON metrics (v);
CREATE TABLE metrics_2023 (id int NOT NULL, day date NOT NULL, v int, CONSTRAINT metrics_2023_pkey PRIMARY KEY (id, day));
CREATE INDEX metrics_2023_v_idx ON metrics_2023 (v);
