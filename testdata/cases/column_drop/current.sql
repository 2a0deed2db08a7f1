-- a table with an obsolete indexed column
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, fax text, legacy_code integer UNIQUE);
CREATE INDEX customers_fax_idx ON customers (fax);
INSERT INTO customers VALUES (1, 'a', NULL, 7);
