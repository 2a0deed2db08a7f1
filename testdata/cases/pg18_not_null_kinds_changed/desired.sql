CREATE TABLE public.t (id int PRIMARY KEY, a int, b int NOT NULL, c int, d int);
ALTER TABLE public.t ADD NOT NULL c NOT VALID;
ALTER TABLE public.t ADD NOT NULL d NOT VALID;
CREATE TABLE public.p (a int NOT NULL, b int NOT NULL NO INHERIT);
CREATE TABLE public.k () INHERITS (public.p);
CREATE TABLE public.n (x int NOT NULL NO INHERIT, y int);
ALTER TABLE public.n ADD NOT NULL y NOT VALID;
CREATE TABLE public.nk (z int) INHERITS (public.n);
