-- A table's access method (`USING`): changed both ways in place (15 and
-- later: SET ACCESS METHOD), and given to a new table.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.t (a int);
INSERT INTO public.t VALUES (1), (2);
CREATE TABLE public.back_to_heap (id int PRIMARY KEY, note text) USING heap2;
INSERT INTO public.back_to_heap VALUES (7, 'seven');
-- An access method dropped once its table has left it.
CREATE ACCESS METHOD heap_old TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.leaves (id int) USING heap_old;
INSERT INTO public.leaves VALUES (5);
