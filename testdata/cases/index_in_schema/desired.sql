-- adds an index in a non-public schema with the same name as one in public
CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY, sku text);
CREATE TABLE public.items (id integer PRIMARY KEY, sku text);
CREATE INDEX items_sku_idx ON public.items (sku);
CREATE INDEX items_sku_idx ON app.items (sku);
