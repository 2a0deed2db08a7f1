-- the column switches to the custom collation (keeping rows)
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE TABLE words (id integer PRIMARY KEY, word text COLLATE german NOT NULL);
