CREATE TABLE readings (id bigint NOT NULL, sensor int NOT NULL, val real) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE TABLE readings_2 PARTITION OF readings FOR VALUES IN (2);
INSERT INTO readings VALUES (1,1,0.5),(2,2,0.7);
