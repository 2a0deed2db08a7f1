-- creates an index on the partitioned parent: every partition gets its own attached index
CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX measurements_sensor_idx ON measurements (sensor_id, taken_on);
