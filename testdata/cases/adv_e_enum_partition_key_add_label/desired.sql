CREATE TYPE region AS ENUM ('eu', 'apac', 'us', 'latam');
CREATE TABLE sales (id int, r region NOT NULL, amount numeric) PARTITION BY LIST (r);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE sales_us PARTITION OF sales FOR VALUES IN ('us');
CREATE TABLE sales_other PARTITION OF sales FOR VALUES IN ('apac', 'latam');
