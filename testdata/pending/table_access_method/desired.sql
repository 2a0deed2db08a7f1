CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
-- Ignored: the table stays on heap.
CREATE TABLE public.t (a int) USING heap2;
