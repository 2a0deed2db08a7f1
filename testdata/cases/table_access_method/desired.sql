CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.t (a int) USING heap2;
CREATE TABLE public.back_to_heap (id int PRIMARY KEY, note text);
CREATE TABLE public.fresh (id int) USING heap2;
-- An access method created before a table moves to it.
CREATE ACCESS METHOD heap3 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.leaves (id int) USING heap3;
