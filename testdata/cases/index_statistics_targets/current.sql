-- Statistics targets on indexes' expression columns: set, changed, reset,
-- carried by a new, a renamed and a rebuilt index, and set on a
-- partitioned table's index (which reaches its partitions' indexes).
CREATE TABLE public.t (a int, b int, c text);
CREATE INDEX t_sum ON public.t ((a + b));
CREATE INDEX t_two ON public.t ((a * 2), lower(c));
ALTER INDEX public.t_two ALTER COLUMN 1 SET STATISTICS 100;
ALTER INDEX public.t_two ALTER COLUMN 2 SET STATISTICS 200;
CREATE INDEX t_old_name ON public.t ((b - a));
CREATE INDEX t_rebuilt ON public.t ((a + 1));
ALTER INDEX public.t_rebuilt ALTER COLUMN 1 SET STATISTICS 50;

CREATE TABLE public.p (a int, b int) PARTITION BY RANGE (a);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (10);
CREATE INDEX p_sum ON public.p ((a + b));
