-- A clustered materialized view becomes a clustered table of its name, and
-- a clustered table a clustered materialized view: their indexes of the
-- same names are dropped and created again, and clustered again.
CREATE MATERIALIZED VIEW public.y AS SELECT 1 AS a;
CREATE INDEX y_a ON public.y (a);
ALTER MATERIALIZED VIEW public.y CLUSTER ON y_a;
CREATE TABLE public.z (a int);
CREATE INDEX z_a ON public.z (a);
ALTER TABLE public.z CLUSTER ON z_a;
CREATE TABLE public.plain (a int);
CREATE INDEX plain_a ON public.plain (a);
