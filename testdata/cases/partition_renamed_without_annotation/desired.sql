-- New names, same bounds: without an annotation the old partitions go and
-- new ones come, and the plan without --allow-destructive holds back both.
CREATE TABLE readings (station int, value numeric) PARTITION BY LIST (station);
CREATE TABLE readings_one PARTITION OF readings FOR VALUES IN (1);
CREATE TABLE readings_other PARTITION OF readings DEFAULT;
