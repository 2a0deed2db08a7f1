CREATE TABLE devices (id bigint PRIMARY KEY, label text);
CREATE TABLE readings (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10),
  device_id bigint NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  at date NOT NULL,
  v double precision,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE readings_def PARTITION OF readings DEFAULT;
CREATE INDEX readings_dev ON readings (device_id, at DESC);
