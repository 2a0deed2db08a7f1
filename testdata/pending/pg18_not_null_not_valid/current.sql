-- PostgreSQL 18: a NOT NULL added NOT VALID over rows holding NULL. It is
-- reported as not managed, yet planned as SET NOT NULL, which the rows
-- refuse (pre-flight checks say so before anything runs).
CREATE TABLE public.t (id int PRIMARY KEY, a int);
INSERT INTO public.t VALUES (1, 1), (2, NULL);
