-- A materialized view built anew (its query changes) whose clustering
-- moves to an index it did not have: the old view's drop takes its
-- clustering and its dropped index along; the new one is clustered once
-- its new index exists.
CREATE TABLE public.readings (sensor int, taken date, value numeric);
INSERT INTO public.readings VALUES (1, '2024-01-01', 3.5), (2, '2024-01-02', 4);
CREATE MATERIALIZED VIEW public.daily AS
    SELECT taken, avg(value) AS mean FROM public.readings GROUP BY taken;
CREATE INDEX daily_taken ON public.daily (taken);
CLUSTER public.daily USING daily_taken;
