-- Rows of the default partition belong in a new partition that is itself
-- partitioned: they are inserted back before its own partitions exist
-- ("no partition of relation ... found for row").
CREATE TABLE public.events (tenant int NOT NULL, day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
INSERT INTO public.events VALUES (1, '2025-03-01');
