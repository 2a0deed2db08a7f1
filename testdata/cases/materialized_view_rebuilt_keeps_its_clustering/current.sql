-- A materialized view built anew (its query changes) keeps the index it
-- is clustered on: the index is built again on the new view, which is
-- clustered on it again.
CREATE TABLE public.orders (id int, placed date, total numeric);
INSERT INTO public.orders VALUES (1, '2024-03-01', 10), (2, '2024-03-01', 5);
CREATE MATERIALIZED VIEW public.per_day AS
    SELECT placed, sum(total) AS total FROM public.orders GROUP BY placed;
CREATE INDEX per_day_placed ON public.per_day (placed);
CLUSTER public.per_day USING per_day_placed;
