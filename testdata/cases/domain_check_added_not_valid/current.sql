-- A domain check added NOT VALID scans nothing (no validation_scan
-- hazard); one added valid does.
CREATE DOMAIN public.qty AS int;
CREATE TABLE public.orders (id int PRIMARY KEY, amount public.qty);
INSERT INTO public.orders VALUES (1, -5), (2, 7);
