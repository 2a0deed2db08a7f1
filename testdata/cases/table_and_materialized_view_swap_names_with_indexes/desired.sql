CREATE TABLE public.y (a int);
CREATE INDEX y_a ON public.y (a);
ALTER TABLE public.y CLUSTER ON y_a;
CREATE MATERIALIZED VIEW public.z AS SELECT 1 AS a;
CREATE INDEX z_a ON public.z (a);
ALTER MATERIALIZED VIEW public.z CLUSTER ON z_a;
CREATE MATERIALIZED VIEW public.plain AS SELECT 2 AS a;
CREATE INDEX plain_a ON public.plain (a);
