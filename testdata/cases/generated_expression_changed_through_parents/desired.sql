CREATE TABLE public.invoices (id int, region text, net numeric, gross numeric GENERATED ALWAYS AS (round(net * 1.25, 2)) STORED)
    PARTITION BY LIST (region);
CREATE TABLE public.invoices_eu PARTITION OF public.invoices FOR VALUES IN ('eu');
CREATE TABLE public.invoices_us PARTITION OF public.invoices FOR VALUES IN ('us');
CREATE TABLE public.items (id int, qty int, price numeric, total numeric GENERATED ALWAYS AS (qty * price * 0.9) STORED);
CREATE TABLE public.gift_items (note text) INHERITS (public.items);
