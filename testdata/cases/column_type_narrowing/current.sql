-- wide columns whose data fits the narrower types
CREATE TABLE readings (id bigint PRIMARY KEY, sensor text NOT NULL, value double precision);
INSERT INTO readings VALUES (1, 'a1', 1.5), (2, 'b22', 2.25);
