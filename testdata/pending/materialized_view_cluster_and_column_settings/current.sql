CREATE MATERIALIZED VIEW public.m AS SELECT 1 AS a, repeat('x', 3) AS c;
CREATE INDEX m_a ON public.m (a);
