CREATE TABLE public.accounts (id int NOT NULL, email text NOT NULL, note varchar(10));
CREATE UNIQUE INDEX accounts_email ON public.accounts (email DESC);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
ALTER TABLE public.accounts CLUSTER ON accounts_email;

CREATE TABLE public.metrics (id int NOT NULL, v int) PARTITION BY RANGE (id);
CREATE TABLE public.metrics_low PARTITION OF public.metrics FOR VALUES FROM (0) TO (100);
CREATE UNIQUE INDEX metrics_id ON public.metrics (id DESC);
ALTER TABLE public.metrics_low REPLICA IDENTITY USING INDEX metrics_low_id_idx;

CREATE TABLE public.logs (id int PRIMARY KEY, body text) PARTITION BY LIST (id);
CREATE TABLE public.logs_one PARTITION OF public.logs FOR VALUES IN (1);
ALTER TABLE public.logs_one REPLICA IDENTITY USING INDEX logs_one_pkey;
