-- a table with rows, no custom range type yet
CREATE TABLE price_bands (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO price_bands VALUES (1, 'cheap'), (2, 'premium');
