-- A new partition key drops and creates the partitioned table anew, and
-- with it its partitions at every level (dropping it drops them); an
-- index renamed on it is built anew, not renamed.
CREATE TABLE public.p (a int, b int) PARTITION BY RANGE (a);
CREATE INDEX p_old ON public.p (b);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (10) PARTITION BY LIST (b);
CREATE TABLE public.p1_x PARTITION OF public.p1 FOR VALUES IN (1, 2);
CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES FROM (10) TO (20);
CREATE TABLE public.other (id int);
-- A partition that leaves for good is detached first, with its rows.
CREATE TABLE public.p3 PARTITION OF public.p FOR VALUES FROM (20) TO (30);
INSERT INTO public.p VALUES (25, 7);
