CREATE TABLE shards (id int NOT NULL, tenant int NOT NULL, v text, PRIMARY KEY (tenant, id)) PARTITION BY HASH (tenant);
CREATE TABLE shards_0 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE shards_1 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE refs (id int PRIMARY KEY, tenant int, shard_id int, FOREIGN KEY (tenant, shard_id) REFERENCES shards (tenant, id));
INSERT INTO shards VALUES (1, 1, 'a');
