-- a view with three columns
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, secret_cost numeric);
CREATE VIEW product_view AS SELECT id, name, secret_cost FROM products;
