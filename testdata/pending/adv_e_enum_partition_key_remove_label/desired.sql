CREATE TYPE region AS ENUM ('eu', 'us');
CREATE TABLE sales (id int, r region NOT NULL, amount numeric) PARTITION BY LIST (r);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE sales_rest PARTITION OF sales FOR VALUES IN ('us');
