-- PostgreSQL 18: a NOT NULL added NOT VALID over rows holding NULL: added
-- NOT VALID (SET NOT NULL would check the rows, and they refuse it).
CREATE TABLE public.t (id int PRIMARY KEY, a int);
INSERT INTO public.t VALUES (1, 1), (2, NULL);
