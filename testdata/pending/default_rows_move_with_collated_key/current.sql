-- A partition key with a COLLATE of its own: the bound is not read as a
-- condition, so the default partition's rows are not moved and the new
-- partition's creation fails.
CREATE TABLE public.people (surname text NOT NULL) PARTITION BY RANGE (surname COLLATE "C");
CREATE TABLE public.people_rest PARTITION OF public.people DEFAULT;
INSERT INTO public.people VALUES ('Smith');
