CREATE TYPE span AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE readings (id int PRIMARY KEY, window_span span);
