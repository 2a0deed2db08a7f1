-- Replica identities and clustering indexes, and the indexes they name.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    code text NOT NULL,
    placed date
);
CREATE UNIQUE INDEX orders_code ON public.orders (code);
CREATE INDEX orders_placed ON public.orders (placed);
ALTER TABLE public.orders REPLICA IDENTITY FULL;
ALTER TABLE public.orders CLUSTER ON orders_placed;

-- Identity on a unique index whose definition changes (rebuilt: the
-- identity must be set again on the new index).
CREATE TABLE public.accounts (
    id int NOT NULL,
    email text NOT NULL
);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
ALTER TABLE public.accounts CLUSTER ON accounts_email;

-- Identity on the primary key, going back to DEFAULT.
CREATE TABLE public.ledger (id int PRIMARY KEY, amount numeric);
ALTER TABLE public.ledger REPLICA IDENTITY USING INDEX ledger_pkey;

CREATE TABLE public.muted (id int);
ALTER TABLE public.muted REPLICA IDENTITY NOTHING;

CREATE TABLE public.parted (at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE public.parted_a PARTITION OF public.parted FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');

-- A column made NOT NULL so that its unique index can be the identity.
CREATE TABLE public.tags (name text, label text);
CREATE UNIQUE INDEX tags_name ON public.tags (name);

-- A partition's identity on the index PostgreSQL makes for it when the
-- parent's index is created.
CREATE TABLE public.metrics (id int NOT NULL, v int) PARTITION BY RANGE (id);
CREATE TABLE public.metrics_low PARTITION OF public.metrics FOR VALUES FROM (0) TO (100);

-- The identity moves to another index; the old one's column may then be
-- NULL.
CREATE TABLE public.pairs (x int NOT NULL, y int NOT NULL);
CREATE UNIQUE INDEX pairs_x ON public.pairs (x);
CREATE UNIQUE INDEX pairs_y ON public.pairs (y);
ALTER TABLE public.pairs REPLICA IDENTITY USING INDEX pairs_x;
