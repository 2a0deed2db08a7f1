CREATE MATERIALIZED VIEW public.m AS SELECT 1 AS a, repeat('x', 3) AS c;
CREATE INDEX m_a ON public.m (a);
-- Ignored: a materialized view's clustering and its columns' settings.
ALTER MATERIALIZED VIEW public.m CLUSTER ON m_a;
ALTER MATERIALIZED VIEW public.m ALTER COLUMN c SET STORAGE MAIN;
ALTER MATERIALIZED VIEW public.m ALTER COLUMN a SET STATISTICS 300;
ALTER MATERIALIZED VIEW public.m ALTER COLUMN a SET (n_distinct = 5);
