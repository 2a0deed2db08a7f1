-- removes the last column of a view (not allowed by CREATE OR REPLACE: needs drop + create)
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, secret_cost numeric);
CREATE VIEW product_view AS SELECT id, name FROM products;
