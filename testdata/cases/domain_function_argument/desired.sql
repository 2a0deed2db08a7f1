-- a domain in a new schema used by a new function's argument and return type (creation order matters)
CREATE SCHEMA geo;
CREATE DOMAIN geo.iso_country AS char(2) CONSTRAINT iso_country_upper CHECK (VALUE ~ '^[A-Z]{2}$');
CREATE FUNCTION public.normalize_country(c geo.iso_country) RETURNS geo.iso_country
    LANGUAGE sql IMMUTABLE AS $$ SELECT upper(c)::geo.iso_country $$;
CREATE TABLE public.addresses (id integer PRIMARY KEY, country geo.iso_country NOT NULL);
