-- Rows of the default partition that belong in a new partition are moved
-- with the columns both sides keep: a column the plan drops first is not
-- copied.
CREATE TABLE public.audit (at date NOT NULL, legacy boolean) PARTITION BY RANGE (at);
CREATE TABLE public.audit_rest PARTITION OF public.audit DEFAULT;
INSERT INTO public.audit VALUES ('2025-03-01', true);
