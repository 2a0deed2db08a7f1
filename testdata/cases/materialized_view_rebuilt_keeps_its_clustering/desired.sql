CREATE TABLE public.orders (id int, placed date, total numeric);
CREATE MATERIALIZED VIEW public.per_day AS
    SELECT placed, sum(total) AS total, count(*) AS orders FROM public.orders GROUP BY placed;
CREATE INDEX per_day_placed ON public.per_day (placed);
CREATE INDEX per_day_total ON public.per_day (total);
ALTER MATERIALIZED VIEW public.per_day CLUSTER ON per_day_placed;
