-- A partition dropped while its parent keeps a row trigger: the
-- partition's copy of the trigger goes with it, and is no object of its
-- own to warn about.
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.seen := now();
    RETURN NEW;
END $$;
CREATE TABLE public.events (region text, seen timestamptz) PARTITION BY LIST (region);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
CREATE TABLE public.events_old PARTITION OF public.events DEFAULT
    PARTITION BY LIST (seen);
CREATE TABLE public.events_old_none PARTITION OF public.events_old FOR VALUES IN (NULL);
CREATE TRIGGER stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp();
