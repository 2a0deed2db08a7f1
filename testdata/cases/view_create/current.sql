-- a table without any view on it
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL, paid boolean NOT NULL DEFAULT false);
INSERT INTO orders VALUES (1, 'ann', 10.50, true), (2, 'bob', 3.00, false);
