CREATE TABLE public.t (a int, b int, c text);
CREATE INDEX t_sum ON public.t ((a + b));
ALTER INDEX public.t_sum ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX t_two ON public.t ((a * 2), lower(c));
ALTER INDEX public.t_two ALTER COLUMN 2 SET STATISTICS 250;
CREATE INDEX t_new_name ON public.t ((b - a));
ALTER INDEX public.t_new_name ALTER COLUMN 1 SET STATISTICS 300;
CREATE INDEX t_rebuilt ON public.t ((a + 2));
ALTER INDEX public.t_rebuilt ALTER COLUMN 1 SET STATISTICS 50;
CREATE INDEX t_fresh ON public.t (a, (upper(c)));
ALTER INDEX public.t_fresh ALTER COLUMN 2 SET STATISTICS 1000;

CREATE TABLE public.p (a int, b int) PARTITION BY RANGE (a);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (10);
CREATE INDEX p_sum ON public.p ((a + b));
ALTER INDEX public.p_sum ALTER COLUMN 1 SET STATISTICS 400;
