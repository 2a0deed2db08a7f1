CREATE TABLE public.t (a int, b int);
CREATE INDEX t_sum ON public.t ((a + b));
