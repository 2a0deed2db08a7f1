-- Without --allow-destructive: a new table with row security is created
-- while its policy is held back with an enum rebuild it reads; the table
-- stands with row security on and no policy (only its owner sees rows),
-- a state neither side has. (--allow-destructive converges.)
CREATE TYPE public.state AS ENUM ('open', 'closed', 'lost');
CREATE TABLE public.orders (id int PRIMARY KEY, state public.state NOT NULL);
INSERT INTO public.orders VALUES (1, 'open');
