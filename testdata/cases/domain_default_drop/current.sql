-- a timestamptz domain defaulting to now()
CREATE DOMAIN event_time AS timestamp(0) with time zone DEFAULT now();
CREATE TABLE audit (id integer PRIMARY KEY, at event_time);
INSERT INTO audit VALUES (1, '2024-05-01 10:00:00+00');
