-- Statistics targets and planner options set column by column.
CREATE TABLE public.readings (
    id bigint PRIMARY KEY,
    sensor text NOT NULL,
    reading numeric,
    note text
);
ALTER TABLE public.readings ALTER COLUMN sensor SET STATISTICS 400;
ALTER TABLE public.readings ALTER COLUMN reading SET STATISTICS 50;
ALTER TABLE public.readings ALTER COLUMN note SET (n_distinct = -0.25);

-- A partitioned table: its target is its own, the partitions keep theirs.
CREATE TABLE public.events (
    at date NOT NULL,
    kind text
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS 300;

-- An inheritance child keeps a target of its own.
CREATE TABLE public.base (code text);
CREATE TABLE public.derived (extra int) INHERITS (public.base);
ALTER TABLE ONLY public.derived ALTER COLUMN code SET STATISTICS 20;
