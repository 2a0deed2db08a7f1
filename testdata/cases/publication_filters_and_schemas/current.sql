-- Column lists, row filters and whole schemas in publications (15).
CREATE SCHEMA billing;
CREATE SCHEMA audit;
CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric, secret text);
CREATE TABLE public.people (id integer PRIMARY KEY, email text, active boolean);
CREATE PUBLICATION slices FOR TABLE public.orders (id, total);
CREATE PUBLICATION schemas FOR TABLES IN SCHEMA billing;
