CREATE TYPE public.pair AS (x int, y text);
-- Ignored: a comment on a composite type's attribute.
COMMENT ON COLUMN public.pair.y IS 'the label';
