-- changes the expression of the named CHECK (same name) to allow 1..10
CREATE DOMAIN stars AS smallint CONSTRAINT stars_range CHECK (VALUE BETWEEN 1 AND 10);
CREATE TABLE reviews (id integer PRIMARY KEY, score stars NOT NULL);
