CREATE TABLE public.p (a int, b int) PARTITION BY RANGE (b);
CREATE INDEX p_new ON public.p (b);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (10) PARTITION BY LIST (b);
CREATE TABLE public.p1_x PARTITION OF public.p1 FOR VALUES IN (1, 2);
CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES FROM (10) TO (20);
CREATE TABLE public.other (id int);
CREATE TABLE public.p3 (a int, b int);
