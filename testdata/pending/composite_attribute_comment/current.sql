CREATE TYPE public.pair AS (x int, y text);
