-- a view listing columns in one order
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL);
CREATE VIEW product_view AS SELECT id, name, price FROM products;
