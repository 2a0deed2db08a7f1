CREATE TABLE public.t (a int, b int);
CREATE INDEX t_sum ON public.t ((a + b));
-- Ignored: an index column's statistics target.
ALTER INDEX public.t_sum ALTER COLUMN 1 SET STATISTICS 500;
