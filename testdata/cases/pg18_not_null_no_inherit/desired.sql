CREATE TABLE public.parent (id int, a int CONSTRAINT parent_a_not_null NOT NULL NO INHERIT);
CREATE TABLE public.child () INHERITS (public.parent);
