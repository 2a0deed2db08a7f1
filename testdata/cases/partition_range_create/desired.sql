-- creates a range-partitioned table with two yearly partitions and an open-ended MINVALUE partition
CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_old PARTITION OF measurements FOR VALUES FROM (MINVALUE) TO ('2023-01-01');
