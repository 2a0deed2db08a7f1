-- creates a list-partitioned table; one partition holds several values and NULL
CREATE TABLE customers (
    id integer NOT NULL,
    region text,
    name text NOT NULL
) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
CREATE TABLE customers_unknown PARTITION OF customers FOR VALUES IN (NULL, 'zz');
