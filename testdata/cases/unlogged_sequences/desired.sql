CREATE UNLOGGED SEQUENCE public.tickets;
CREATE SEQUENCE public.scratch;

-- Logged now: its serial's sequence follows.
CREATE TABLE public.cache_entries (id serial PRIMARY KEY, v text);

-- Unlogged now, but its sequence stays logged.
CREATE UNLOGGED TABLE public.audit (id serial PRIMARY KEY, at timestamptz);
ALTER SEQUENCE public.audit_id_seq SET LOGGED;

-- New: an unlogged table's serial is unlogged from the start.
CREATE UNLOGGED TABLE public.sessions (id bigserial PRIMARY KEY, token text);

CREATE UNLOGGED TABLE public.jobs (id bigint NOT NULL);
CREATE SEQUENCE public.job_ids OWNED BY public.jobs.id;
