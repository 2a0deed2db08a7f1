-- PostgreSQL 18: a parent's NOT NULL becomes NO INHERIT: it is dropped
-- (with the child's inherited copy) and added NO INHERIT.
CREATE TABLE public.parent (id int, a int NOT NULL);
CREATE TABLE public.child () INHERITS (public.parent);
