CREATE TABLE orders (id int NOT NULL, region text NOT NULL, note text, prio int DEFAULT 0) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders (note DEFAULT 'EU', prio DEFAULT 5, CONSTRAINT eu_note CHECK (note <> '')) FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
ALTER TABLE orders_us ALTER COLUMN note SET NOT NULL;
