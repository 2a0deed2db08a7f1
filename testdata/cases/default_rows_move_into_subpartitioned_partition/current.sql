-- Rows of the default partition belong in a new partition that is itself
-- partitioned: they go back once its own partitions exist (inserted
-- earlier, PostgreSQL finds no partition of it for them).
CREATE TABLE public.events (tenant int NOT NULL, day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
INSERT INTO public.events VALUES (1, '2025-03-01');
