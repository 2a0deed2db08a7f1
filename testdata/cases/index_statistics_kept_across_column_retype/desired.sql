CREATE TABLE public.t (id int PRIMARY KEY, v varchar(20), a bigint);
CREATE INDEX t_e ON public.t ((upper(v)));
ALTER INDEX public.t_e ALTER COLUMN 1 SET STATISTICS 60;
CREATE INDEX t_both ON public.t ((upper(v) || a::text), (a + 1));
ALTER INDEX public.t_both ALTER COLUMN 2 SET STATISTICS 70;

CREATE TYPE public.mood AS ENUM ('a', 'b');
CREATE TABLE public.m (id int PRIMARY KEY, x public.mood);
CREATE INDEX m_e ON public.m ((x < 'b'));
ALTER INDEX public.m_e ALTER COLUMN 1 SET STATISTICS 80;
