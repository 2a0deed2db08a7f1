-- an unused collation next to a table
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE TABLE words (id integer PRIMARY KEY, word text);
