-- Sequence persistence (15 and later), alone and owned by a table whose
-- persistence changes (its owned sequences follow it).
CREATE SEQUENCE public.tickets;
CREATE UNLOGGED SEQUENCE public.scratch;

CREATE UNLOGGED TABLE public.cache_entries (id serial PRIMARY KEY, v text);

CREATE TABLE public.audit (id serial PRIMARY KEY, at timestamptz);
INSERT INTO public.audit (at) VALUES ('2026-01-01'), ('2026-01-02');

-- A sequence the table comes to own in the same plan as it goes unlogged.
CREATE TABLE public.jobs (id bigint NOT NULL);
CREATE SEQUENCE public.job_ids;
