-- PostgreSQL 18: a parent's NOT NULL becomes NO INHERIT; connoinherit is
-- not read, so the child's inherited NOT NULL is dropped on its own,
-- which PostgreSQL refuses.
CREATE TABLE public.parent (id int, a int NOT NULL);
CREATE TABLE public.child () INHERITS (public.parent);
