-- a table partitioned on timestamptz: bounds are printed back in the session time zone, e.g. '2024-01-01 00:00:00+00'
CREATE TABLE clicks (at timestamptz NOT NULL, url text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE clicks_2024_01 PARTITION OF clicks FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE clicks_2024_02 PARTITION OF clicks FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
