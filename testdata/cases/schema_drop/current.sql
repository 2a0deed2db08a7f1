-- an empty schema that is no longer wanted
CREATE SCHEMA legacy;
CREATE TABLE public.keep_me (id integer PRIMARY KEY);
