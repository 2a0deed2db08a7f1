-- Both partitions leave; one keeps a foreign key of the same name and
-- definition as the parent's, the other has none.
CREATE TABLE shops (id int PRIMARY KEY);
CREATE TABLE sales (shop int REFERENCES shops, year int NOT NULL) PARTITION BY LIST (year);
CREATE TABLE sales_2023 (shop int CONSTRAINT sales_shop_fkey REFERENCES shops, year int NOT NULL);
CREATE TABLE sales_2024 (shop int, year int NOT NULL);
