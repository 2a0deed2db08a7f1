-- A composite type whose attributes are reordered, widened and joined by a
-- new one, used by a column and an array column with rows.
CREATE TYPE public.dims AS (w integer, h integer, label text);
CREATE TABLE public.boxes (id integer PRIMARY KEY, size public.dims, history public.dims[]);
INSERT INTO public.boxes VALUES (1, ROW(2, 3, 'small'), ARRAY[ROW(1, 1, 'tiny')::public.dims, NULL]);
INSERT INTO public.boxes VALUES (2, NULL, NULL);
