-- Targets changed, reset and new; options changed and reset.
CREATE TABLE public.readings (
    id bigint PRIMARY KEY,
    sensor text NOT NULL,
    reading numeric,
    note text,
    added text
);
ALTER TABLE public.readings ALTER COLUMN sensor SET STATISTICS 1000;
ALTER TABLE public.readings ALTER COLUMN id SET STATISTICS 0;
ALTER TABLE public.readings ALTER COLUMN reading SET (n_distinct = 500, n_distinct_inherited = 10);
ALTER TABLE public.readings ALTER COLUMN added SET STATISTICS 150;

-- Set on the parent (recursing): every partition takes it, one of them
-- made after it does not.
CREATE TABLE public.events (
    at date NOT NULL,
    kind text
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 250;
CREATE TABLE public.events_2026 PARTITION OF public.events
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.events_2026 ALTER COLUMN at SET (n_distinct = 365);

CREATE TABLE public.base (code text);
CREATE TABLE public.derived (extra int) INHERITS (public.base);
ALTER TABLE public.base ALTER COLUMN code SET STATISTICS 60;
ALTER TABLE ONLY public.derived ALTER COLUMN extra SET STATISTICS 70;

-- A new table with its settings.
CREATE TABLE public.fresh (k int, v text);
ALTER TABLE public.fresh ALTER COLUMN v SET STATISTICS 10;
ALTER TABLE public.fresh ALTER COLUMN k SET (n_distinct = -1);
