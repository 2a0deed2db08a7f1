-- the 2023 partition becomes a plain table with the same columns (DETACH PARTITION keeps its rows)
CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2023 (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value double precision
);
