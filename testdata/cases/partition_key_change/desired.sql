-- the same table is now hash-partitioned by shop: the partition key cannot be altered, the table is recreated
CREATE TABLE orders (id bigint NOT NULL, created_on date NOT NULL, shop integer NOT NULL) PARTITION BY HASH (shop);
CREATE TABLE orders_h0 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE orders_h1 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 1);
