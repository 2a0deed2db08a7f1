-- A parent's column dropped while a partition's own policy uses it and
-- is rewritten without it: the policy goes before the drop (which reaches
-- the partition) and comes back after.
CREATE TABLE public.tickets (id int NOT NULL, owner_name text, priority int NOT NULL, opened date NOT NULL)
    PARTITION BY RANGE (opened);
CREATE TABLE public.tickets_2025 PARTITION OF public.tickets FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.tickets_2025 ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_2025_mine ON public.tickets_2025 USING (owner_name = current_user);
INSERT INTO public.tickets VALUES (1, 'ann', 2, '2025-05-05');
