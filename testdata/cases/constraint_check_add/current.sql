-- a table without checks, data that satisfies the new ones
CREATE TABLE products (id integer PRIMARY KEY, price numeric NOT NULL, discount numeric NOT NULL DEFAULT 0);
INSERT INTO products VALUES (1, 10, 2);
