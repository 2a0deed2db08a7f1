-- A partitioned table's own access method (17 and later), which only
-- partitions created later take: one loses it (back to none, so new
-- partitions take the session's default, not heap), one gains it.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.logs (id int, day int) PARTITION BY LIST (day) USING heap2;
CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES IN (1);
CREATE TABLE public.metrics (id int, day int) PARTITION BY LIST (day);
CREATE TABLE public.metrics_1 PARTITION OF public.metrics FOR VALUES IN (1);
INSERT INTO public.logs VALUES (1, 1);
