-- a collation in its own schema, used by a table in public
CREATE SCHEMA i18n;
CREATE COLLATION i18n.french (provider = icu, locale = 'fr-FR');
CREATE TABLE public.cities (id integer PRIMARY KEY, name text COLLATE i18n.french NOT NULL);
