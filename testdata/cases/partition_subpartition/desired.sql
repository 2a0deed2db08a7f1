-- adds a 2024 partition that is itself list-partitioned by region, with two sub-partitions
CREATE TABLE sales (
    region text NOT NULL,
    sold_on date NOT NULL,
    amount numeric(12,2) NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales_2023 PARTITION OF sales FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE sales_2024 PARTITION OF sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE sales_2024_north PARTITION OF sales_2024 FOR VALUES IN ('north');
CREATE TABLE sales_2024_south PARTITION OF sales_2024 FOR VALUES IN ('south');
