-- an empty table partitioned by range on created_on
CREATE TABLE orders (id bigint NOT NULL, created_on date NOT NULL, shop integer NOT NULL) PARTITION BY RANGE (created_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
