-- A materialized view whose query changes is built anew: its index under
-- a new name is the old one dropped and a new one built, not a rename.
CREATE MATERIALIZED VIEW public.m AS SELECT 1 AS a;
CREATE INDEX m_old ON public.m (a);
