-- a range type used by a column with rows
CREATE TYPE agespan AS RANGE (subtype = smallint);
CREATE TABLE audiences (id integer PRIMARY KEY, ages agespan);
INSERT INTO audiences VALUES (1, '[18,30)');
