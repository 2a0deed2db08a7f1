CREATE TABLE public.tickets (id int NOT NULL, priority int NOT NULL, opened date NOT NULL)
    PARTITION BY RANGE (opened);
CREATE TABLE public.tickets_2025 PARTITION OF public.tickets FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.tickets_2025 ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_2025_mine ON public.tickets_2025 USING (priority > 0);
