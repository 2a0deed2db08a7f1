-- a table readable by dl_reader
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
INSERT INTO products VALUES (1, 'pen', 1.50, 0.20);
GRANT SELECT ON products TO dl_reader;
