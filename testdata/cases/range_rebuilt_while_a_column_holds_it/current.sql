CREATE TYPE span AS RANGE (subtype = float8);
CREATE TABLE readings (id int PRIMARY KEY, window_span span);
INSERT INTO readings VALUES (1, '[1.5,2.5)'), (2, NULL);
