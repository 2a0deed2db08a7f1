-- drops a schema together with every object inside it
CREATE TABLE public.users (id integer PRIMARY KEY);
