CREATE TABLE public.audit (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.audit_rest PARTITION OF public.audit DEFAULT;
CREATE TABLE public.audit_2025 PARTITION OF public.audit FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
