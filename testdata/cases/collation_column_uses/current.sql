-- an ICU collation and a column with the default collation, with rows
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE TABLE words (id integer PRIMARY KEY, word text NOT NULL);
INSERT INTO words VALUES (1, 'Äpfel'), (2, 'Zebra');
