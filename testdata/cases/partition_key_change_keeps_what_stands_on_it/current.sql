-- A partitioned table created anew (a new partition key) with what stands
-- on it and its partitions: a foreign key from another table (dropped
-- before the partitions, added back after), indexes on the parent and on
-- a partition (built again, one renamed), sequences its columns own
-- (let go and owned again, their values kept).
CREATE TABLE public.p (id serial, a int, b int, c int, PRIMARY KEY (a, b)) PARTITION BY RANGE (a);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (10);
CREATE INDEX p_c ON public.p (c);
CREATE INDEX p1_old ON public.p1 (c, b);
CREATE SEQUENCE public.s OWNED BY public.p1.c;
CREATE TABLE public.o (pa int, pb int, FOREIGN KEY (pa, pb) REFERENCES public.p (a, b));
SELECT setval('public.s', 42);
SELECT setval('public.p_id_seq', 7);
