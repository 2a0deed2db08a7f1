-- A table's column list changes, another table joins with a row filter,
-- one schema leaves a publication and another joins it.
CREATE SCHEMA billing;
CREATE SCHEMA audit;
CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric, secret text);
CREATE TABLE public.people (id integer PRIMARY KEY, email text, active boolean);
CREATE PUBLICATION slices FOR TABLE public.orders (id), public.people WHERE (active);
CREATE PUBLICATION schemas FOR TABLES IN SCHEMA audit;
