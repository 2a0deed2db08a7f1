-- A materialized view's clustering and its columns' own settings (storage,
-- statistics target, n_distinct): set, reset, carried by a new view, a
-- rebuilt one and a rebuilt index.
CREATE MATERIALIZED VIEW public.m AS SELECT 1 AS a, repeat('x', 3) AS c;
CREATE INDEX m_a ON public.m (a);

CREATE MATERIALIZED VIEW public.was_tuned AS SELECT 1 AS a, 'y'::text AS c;
CREATE INDEX was_tuned_a ON public.was_tuned (a);
ALTER MATERIALIZED VIEW public.was_tuned CLUSTER ON was_tuned_a;
ALTER MATERIALIZED VIEW public.was_tuned ALTER COLUMN c SET STORAGE EXTERNAL;
ALTER MATERIALIZED VIEW public.was_tuned ALTER COLUMN a SET STATISTICS 10;
ALTER MATERIALIZED VIEW public.was_tuned ALTER COLUMN a SET (n_distinct = 2);

CREATE MATERIALIZED VIEW public.requeried AS SELECT 1 AS a, 'z'::text AS c;
CREATE INDEX requeried_a ON public.requeried (a);
ALTER MATERIALIZED VIEW public.requeried CLUSTER ON requeried_a;
ALTER MATERIALIZED VIEW public.requeried ALTER COLUMN a SET STATISTICS 200;

CREATE MATERIALIZED VIEW public.reindexed AS SELECT 1 AS a, 2 AS b;
CREATE INDEX reindexed_key ON public.reindexed (a);
ALTER MATERIALIZED VIEW public.reindexed CLUSTER ON reindexed_key;
