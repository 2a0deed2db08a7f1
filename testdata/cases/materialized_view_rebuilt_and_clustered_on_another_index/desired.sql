CREATE TABLE public.readings (sensor int, taken date, value numeric);
CREATE MATERIALIZED VIEW public.daily AS
    SELECT taken, sensor, avg(value) AS mean FROM public.readings GROUP BY taken, sensor;
CREATE INDEX daily_sensor ON public.daily (sensor, taken);
ALTER MATERIALIZED VIEW public.daily CLUSTER ON daily_sensor;
