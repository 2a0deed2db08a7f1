-- Ignored (PostgreSQL 15 and later): the sequence stays logged.
CREATE UNLOGGED SEQUENCE public.s;
