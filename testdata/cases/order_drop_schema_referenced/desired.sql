-- drops the schema: the public FK and the enum-typed column must be removed first
CREATE TABLE public.customers (id integer PRIMARY KEY, legacy_account_id integer);
