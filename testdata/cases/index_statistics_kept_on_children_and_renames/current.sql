-- A column retyped on a parent is retyped on its partitions and children,
-- whose own indexes PostgreSQL rebuilds without their statistics targets:
-- set again. An index renamed while its column is retyped is renamed after
-- the change, its target set again under its old name first.
CREATE TABLE public.p (id int, a int) PARTITION BY RANGE (id);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (100);
CREATE INDEX p1_own ON public.p1 ((a * 3));
ALTER INDEX public.p1_own ALTER COLUMN 1 SET STATISTICS 400;
CREATE TABLE public.par (x int);
CREATE TABLE public.kid (y int) INHERITS (public.par);
CREATE INDEX kid_e ON public.kid ((x + y));
ALTER INDEX public.kid_e ALTER COLUMN 1 SET STATISTICS 300;
CREATE TABLE public.t (id int PRIMARY KEY, a int);
CREATE INDEX t_a ON public.t ((a + 1));
ALTER INDEX public.t_a ALTER COLUMN 1 SET STATISTICS 90;
INSERT INTO public.t VALUES (1, 5);
