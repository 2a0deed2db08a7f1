CREATE COLLATION german (provider = icu, locale = 'de-DE-u-co-phonebk');
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t (a text COLLATE german, b text COLLATE ci);
