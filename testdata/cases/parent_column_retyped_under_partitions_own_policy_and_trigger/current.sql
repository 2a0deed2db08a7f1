-- A parent's column retyped while a partition and an inheritance child
-- have a policy, a trigger condition and a view of their own over it:
-- PostgreSQL retypes their column too and refuses while those use it, so
-- they are dropped before the retype and created after.
CREATE FUNCTION public.no_shrink() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END $$;
CREATE TABLE public.usage (account int NOT NULL, units int NOT NULL, day date NOT NULL)
    PARTITION BY RANGE (day);
CREATE TABLE public.usage_2025 PARTITION OF public.usage FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.usage_2025 ENABLE ROW LEVEL SECURITY;
CREATE POLICY usage_2025_counted ON public.usage_2025 USING (units >= 0);
CREATE TRIGGER usage_2025_no_shrink BEFORE UPDATE ON public.usage_2025
    FOR EACH ROW WHEN (NEW.units < OLD.units) EXECUTE FUNCTION public.no_shrink();
CREATE TABLE public.readings (sensor int, value int);
CREATE TABLE public.readings_lab () INHERITS (public.readings);
CREATE VIEW public.lab_values AS SELECT sensor, value FROM public.readings_lab;
INSERT INTO public.usage VALUES (1, 10, '2025-02-01');
INSERT INTO public.readings_lab VALUES (3, 40);
