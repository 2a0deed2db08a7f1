CREATE TYPE public.pair AS (x int, y text, w text);
COMMENT ON COLUMN public.pair.y IS 'the label';
COMMENT ON COLUMN public.pair.w IS 'new, with a comment';

CREATE TYPE public.point3 AS (c int, b int, a int);
COMMENT ON COLUMN public.point3.a IS 'first';
COMMENT ON COLUMN public.point3.c IS 'now first';
CREATE TABLE public.shapes (id int PRIMARY KEY, p public.point3);

-- Created with them.
CREATE TYPE public.money_range_note AS (lo numeric, hi numeric);
COMMENT ON COLUMN public.money_range_note.hi IS 'inclusive';
