-- A stored generated column whose expression changes on a partitioned
-- table and on an inheritance parent: the column is dropped and added
-- again on the parent only, which reaches its partitions and children
-- (PostgreSQL refuses to drop a column they inherit on its own).
CREATE TABLE public.invoices (id int, region text, net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) STORED)
    PARTITION BY LIST (region);
CREATE TABLE public.invoices_eu PARTITION OF public.invoices FOR VALUES IN ('eu');
CREATE TABLE public.invoices_us PARTITION OF public.invoices FOR VALUES IN ('us');
INSERT INTO public.invoices (id, region, net) VALUES (1, 'eu', 100), (2, 'us', 50);
CREATE TABLE public.items (id int, qty int, price numeric, total numeric GENERATED ALWAYS AS (qty * price) STORED);
CREATE TABLE public.gift_items (note text) INHERITS (public.items);
INSERT INTO public.gift_items (id, qty, price, note) VALUES (1, 2, 5, 'wrapped');
