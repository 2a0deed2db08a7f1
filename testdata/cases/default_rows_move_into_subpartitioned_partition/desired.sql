CREATE TABLE public.events (tenant int NOT NULL, day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY LIST (tenant);
CREATE TABLE public.events_2025_all PARTITION OF public.events_2025 DEFAULT;
