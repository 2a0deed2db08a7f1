CREATE TABLE orders (id int NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
INSERT INTO orders VALUES (1,'eu',5),(2,'us',6);
