CREATE TABLE orders (id int NOT NULL, region text NOT NULL, amount numeric, vat numeric) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders (vat NOT NULL DEFAULT 0.2, CONSTRAINT eu_amount_ck CHECK (amount < 1000)) FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
ALTER TABLE orders_us ALTER COLUMN amount SET NOT NULL;
