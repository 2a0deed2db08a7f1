-- A partition key with a COLLATE of its own: the bound is read as a
-- condition under that collation, so the default partition's rows that
-- belong in the new partition move there.
CREATE TABLE public.people (surname text NOT NULL) PARTITION BY RANGE (surname COLLATE "C");
CREATE TABLE public.people_rest PARTITION OF public.people DEFAULT;
INSERT INTO public.people VALUES ('Smith');
