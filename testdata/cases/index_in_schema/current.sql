-- a table in schema app and a same-named table in public, each with an index of the same name
CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY, sku text);
CREATE TABLE public.items (id integer PRIMARY KEY, sku text);
CREATE INDEX items_sku_idx ON public.items (sku);
