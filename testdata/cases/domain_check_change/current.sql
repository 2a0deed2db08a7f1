-- a domain with a named CHECK allowing 1..5
CREATE DOMAIN stars AS smallint CONSTRAINT stars_range CHECK (VALUE BETWEEN 1 AND 5);
CREATE TABLE reviews (id integer PRIMARY KEY, score stars NOT NULL);
INSERT INTO reviews VALUES (1, 4), (2, 5);
