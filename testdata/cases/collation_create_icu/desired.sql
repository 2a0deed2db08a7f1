-- creates an ICU collation
CREATE COLLATION german (provider = icu, locale = 'de-DE');
