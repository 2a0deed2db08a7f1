CREATE TABLE readings (station int, value numeric) PARTITION BY LIST (station);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE TABLE readings_rest PARTITION OF readings DEFAULT;
