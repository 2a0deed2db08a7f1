CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.logs (id int, day int) PARTITION BY LIST (day);
CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES IN (1) USING heap2;
CREATE TABLE public.metrics (id int, day int) PARTITION BY LIST (day) USING heap2;
CREATE TABLE public.metrics_1 PARTITION OF public.metrics FOR VALUES IN (1);
