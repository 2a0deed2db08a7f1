CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    code text NOT NULL,
    placed date
);
CREATE UNIQUE INDEX orders_code ON public.orders (code);
CREATE INDEX orders_placed ON public.orders (placed);
-- FULL to an index; clustered on another one.
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_code;
ALTER TABLE public.orders CLUSTER ON orders_pkey;

CREATE TABLE public.accounts (
    id int NOT NULL,
    email text NOT NULL
);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email DESC);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
ALTER TABLE public.accounts CLUSTER ON accounts_email;

CREATE TABLE public.ledger (id int PRIMARY KEY, amount numeric);

-- NOTHING to FULL; clustering dropped elsewhere.
CREATE TABLE public.muted (id int);
ALTER TABLE public.muted REPLICA IDENTITY FULL;

-- A partitioned table's identity is its own (its partitions keep theirs).
CREATE TABLE public.parted (at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE public.parted_a PARTITION OF public.parted FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
ALTER TABLE public.parted REPLICA IDENTITY FULL;
ALTER TABLE public.parted_a REPLICA IDENTITY NOTHING;

-- A new table using a new index for both.
CREATE TABLE public.shipments (id int NOT NULL, ref text);
CREATE UNIQUE INDEX shipments_id ON public.shipments (id);
ALTER TABLE public.shipments REPLICA IDENTITY USING INDEX shipments_id;
ALTER TABLE public.shipments CLUSTER ON shipments_id;

CREATE TABLE public.tags (name text NOT NULL, label text);
CREATE UNIQUE INDEX tags_name ON public.tags (name);
ALTER TABLE public.tags REPLICA IDENTITY USING INDEX tags_name;

CREATE TABLE public.metrics (id int NOT NULL, v int) PARTITION BY RANGE (id);
CREATE TABLE public.metrics_low PARTITION OF public.metrics FOR VALUES FROM (0) TO (100);
CREATE UNIQUE INDEX metrics_id ON public.metrics (id);
ALTER TABLE public.metrics_low REPLICA IDENTITY USING INDEX metrics_low_id_idx;

CREATE TABLE public.pairs (x int, y int NOT NULL);
CREATE UNIQUE INDEX pairs_x ON public.pairs (x);
CREATE UNIQUE INDEX pairs_y ON public.pairs (y);
ALTER TABLE public.pairs REPLICA IDENTITY USING INDEX pairs_y;
