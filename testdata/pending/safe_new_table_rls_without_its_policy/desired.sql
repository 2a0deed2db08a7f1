CREATE TYPE public.state AS ENUM ('open', 'closed');
CREATE TABLE public.orders (id int PRIMARY KEY, state public.state NOT NULL);
CREATE TABLE public.invoices (order_id int PRIMARY KEY REFERENCES public.orders (id), amount int NOT NULL);
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY open_only ON public.invoices
    USING (EXISTS (SELECT 1 FROM public.orders o WHERE o.id = order_id AND o.state <> 'closed'));
