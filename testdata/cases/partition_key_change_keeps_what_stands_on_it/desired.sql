CREATE TABLE public.p (id serial, a int, b int, c int, PRIMARY KEY (a, b)) PARTITION BY RANGE (b);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (10);
CREATE INDEX p_c ON public.p (c);
CREATE INDEX p1_new ON public.p1 (c, b);
CREATE SEQUENCE public.s OWNED BY public.p1.c;
CREATE TABLE public.o (pa int, pb int, FOREIGN KEY (pa, pb) REFERENCES public.p (a, b));
