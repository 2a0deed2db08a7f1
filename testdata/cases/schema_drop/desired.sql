-- drops an empty schema, leaves public objects alone
CREATE TABLE public.keep_me (id integer PRIMARY KEY);
