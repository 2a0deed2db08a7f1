-- PostgreSQL rebuilds the indexes over a column whose type changes, and
-- the rebuilt index columns lose their statistics targets: the step that
-- changes the column sets them again (an index over two retyped columns,
-- once per step). An index the plan rebuilds itself sets its own.
CREATE TABLE public.t (id int PRIMARY KEY, v varchar(10), a int);
CREATE INDEX t_e ON public.t ((upper(v)));
ALTER INDEX public.t_e ALTER COLUMN 1 SET STATISTICS 60;
CREATE INDEX t_both ON public.t ((upper(v) || a::text), (a + 1));
ALTER INDEX public.t_both ALTER COLUMN 2 SET STATISTICS 70;
INSERT INTO public.t VALUES (1, 'x', 2);

CREATE TYPE public.mood AS ENUM ('a', 'b', 'c');
CREATE TABLE public.m (id int PRIMARY KEY, x public.mood);
CREATE INDEX m_e ON public.m ((x < 'b'));
ALTER INDEX public.m_e ALTER COLUMN 1 SET STATISTICS 80;
INSERT INTO public.m VALUES (1, 'a');
