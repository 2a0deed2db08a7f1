-- a range-partitioned table without indexes
CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO measurements VALUES (1, '2023-03-01', 1.5), (2, '2024-07-09', 2.5);
