CREATE TABLE public.people (surname text NOT NULL) PARTITION BY RANGE (surname COLLATE "C");
CREATE TABLE public.people_rest PARTITION OF public.people DEFAULT;
CREATE TABLE public.people_n_z PARTITION OF public.people FOR VALUES FROM ('N') TO ('[');
