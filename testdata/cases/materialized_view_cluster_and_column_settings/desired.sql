CREATE MATERIALIZED VIEW public.m AS SELECT 1 AS a, repeat('x', 3) AS c;
CREATE INDEX m_a ON public.m (a);
ALTER MATERIALIZED VIEW public.m CLUSTER ON m_a;
ALTER MATERIALIZED VIEW public.m ALTER COLUMN c SET STORAGE MAIN;
ALTER MATERIALIZED VIEW public.m ALTER COLUMN a SET STATISTICS 300;
ALTER MATERIALIZED VIEW public.m ALTER COLUMN a SET (n_distinct = 5);

CREATE MATERIALIZED VIEW public.was_tuned AS SELECT 1 AS a, 'y'::text AS c;
CREATE INDEX was_tuned_a ON public.was_tuned (a);

CREATE MATERIALIZED VIEW public.requeried AS SELECT 2 AS a, 'z'::text AS c;
CREATE INDEX requeried_a ON public.requeried (a);
ALTER MATERIALIZED VIEW public.requeried CLUSTER ON requeried_a;
ALTER MATERIALIZED VIEW public.requeried ALTER COLUMN a SET STATISTICS 200;

CREATE MATERIALIZED VIEW public.reindexed AS SELECT 1 AS a, 2 AS b;
CREATE INDEX reindexed_key ON public.reindexed (a, b);
ALTER MATERIALIZED VIEW public.reindexed CLUSTER ON reindexed_key;

CREATE MATERIALIZED VIEW public.fresh AS SELECT 3 AS a, 'w'::text AS c;
CREATE INDEX fresh_a ON public.fresh (a);
ALTER MATERIALIZED VIEW public.fresh CLUSTER ON fresh_a;
ALTER MATERIALIZED VIEW public.fresh ALTER COLUMN c SET STORAGE PLAIN;
ALTER MATERIALIZED VIEW public.fresh ALTER COLUMN a SET (n_distinct_inherited = -0.5);
