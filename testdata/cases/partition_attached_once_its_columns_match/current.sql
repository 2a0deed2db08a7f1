-- A table attached as a partition whose columns do not match its new
-- parent's yet: a column the parent keeps NOT NULL and a plain column the
-- parent computes. Both are changed before the attach, which PostgreSQL
-- refuses otherwise.
CREATE TABLE public.measurements (station int NOT NULL, celsius numeric NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED)
    PARTITION BY LIST (station);
CREATE TABLE public.measurements_1 PARTITION OF public.measurements FOR VALUES IN (1);
CREATE TABLE public.station_2 (station int, celsius numeric NOT NULL, fahrenheit numeric);
INSERT INTO public.station_2 VALUES (2, 20, 68), (2, 25, 77);
