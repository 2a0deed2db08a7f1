-- A materialized view's access method: changed in place from 15 (SET
-- ACCESS METHOD), built again from its query before; given to a new one.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.src (id int);
INSERT INTO public.src VALUES (1), (2);
CREATE MATERIALIZED VIEW public.totals AS SELECT count(*) AS n FROM public.src;
CREATE MATERIALIZED VIEW public.back USING heap2 AS SELECT max(id) AS top FROM public.src;
