CREATE TABLE public.guests (id serial PRIMARY KEY, name text NOT NULL);
