-- PostgreSQL 18: NOT NULL constraints NOT VALID and NO INHERIT, made,
-- validated, turned from one kind into another, on new and old tables
-- and columns, and through inheritance.
CREATE TABLE public.t (id int PRIMARY KEY, a int, b int, c int NOT NULL);
ALTER TABLE public.t ADD CONSTRAINT t_b_nn NOT NULL b NOT VALID;
INSERT INTO public.t VALUES (1, 1, 1, 1);
CREATE TABLE public.p (a int NOT NULL NO INHERIT, b int);
CREATE TABLE public.k () INHERITS (public.p);
