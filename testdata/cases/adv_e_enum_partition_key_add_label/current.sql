CREATE TYPE region AS ENUM ('eu', 'us');
CREATE TABLE sales (id int, r region NOT NULL, amount numeric) PARTITION BY LIST (r);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE sales_us PARTITION OF sales FOR VALUES IN ('us');
INSERT INTO sales VALUES (1, 'eu', 1), (2, 'us', 2);
