-- a range-partitioned table with one plain yearly partition
CREATE TABLE sales (
    region text NOT NULL,
    sold_on date NOT NULL,
    amount numeric(12,2) NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales_2023 PARTITION OF sales FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
INSERT INTO sales VALUES ('north', '2023-05-05', 10.00);
