-- Comments on a composite type's attributes: set, changed, removed, kept
-- across an in-place change and a rebuild of the type.
CREATE TYPE public.pair AS (x int, y text, z text);
COMMENT ON COLUMN public.pair.x IS 'the count';
COMMENT ON COLUMN public.pair.y IS 'the old label';
COMMENT ON COLUMN public.pair.z IS 'goes with z';

-- Rebuilt (attributes reordered) while a column uses it.
CREATE TYPE public.point3 AS (a int, b int, c int);
COMMENT ON COLUMN public.point3.a IS 'first';
CREATE TABLE public.shapes (id int PRIMARY KEY, p public.point3);
INSERT INTO public.shapes VALUES (1, ROW(1, 2, 3));
