CREATE TABLE public.measurements (station int NOT NULL, celsius numeric NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED)
    PARTITION BY LIST (station);
CREATE TABLE public.measurements_1 PARTITION OF public.measurements FOR VALUES IN (1);
CREATE TABLE public.station_2 PARTITION OF public.measurements FOR VALUES IN (2);
