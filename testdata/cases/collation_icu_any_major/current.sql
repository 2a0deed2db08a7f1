CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE TABLE t (a text COLLATE german);
