CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.src (id int);
CREATE MATERIALIZED VIEW public.totals USING heap2 AS SELECT count(*) AS n FROM public.src;
CREATE MATERIALIZED VIEW public.back AS SELECT max(id) AS top FROM public.src;
CREATE MATERIALIZED VIEW public.fresh USING heap2 AS SELECT min(id) AS low FROM public.src;
