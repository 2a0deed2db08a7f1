CREATE DOMAIN public.qty AS int;
ALTER DOMAIN public.qty ADD CONSTRAINT qty_positive CHECK (VALUE > 0) NOT VALID;
ALTER DOMAIN public.qty ADD CONSTRAINT qty_bounded CHECK (VALUE < 1000000);
CREATE TABLE public.orders (id int PRIMARY KEY, amount public.qty);
