CREATE TYPE public.dims AS (label text, h bigint, w bigint, d integer);
CREATE TABLE public.boxes (id integer PRIMARY KEY, size public.dims, history public.dims[]);
