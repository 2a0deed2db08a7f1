-- a domain over varchar(8) used by a column with rows
CREATE DOMAIN sku AS varchar(8) CONSTRAINT sku_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE products (id integer PRIMARY KEY, code sku NOT NULL);
INSERT INTO products VALUES (1, 'AB12'), (2, 'ZZ9');
