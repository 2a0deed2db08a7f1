-- Indexes that a table's replica identity or clustering names are rebuilt:
-- the plan sets both again on the new index, also in the plan without
-- destructive steps (an unrelated column's destructive change is held
-- back, not the identity).
CREATE TABLE public.accounts (id int NOT NULL, email text NOT NULL, note text);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
ALTER TABLE public.accounts CLUSTER ON accounts_email;
INSERT INTO public.accounts VALUES (1, 'a@example.com', 'kept');

-- A partition's identity on its copy of the parent's index; the parent's
-- index is rebuilt, and its copy with it.
CREATE TABLE public.metrics (id int NOT NULL, v int) PARTITION BY RANGE (id);
CREATE TABLE public.metrics_low PARTITION OF public.metrics FOR VALUES FROM (0) TO (100);
CREATE UNIQUE INDEX metrics_id ON public.metrics (id);
ALTER TABLE public.metrics_low REPLICA IDENTITY USING INDEX metrics_low_id_idx;

-- A partition's identity on its copy of the parent's primary key.
CREATE TABLE public.logs (id int PRIMARY KEY, body text) PARTITION BY LIST (id);
CREATE TABLE public.logs_one PARTITION OF public.logs FOR VALUES IN (1);
