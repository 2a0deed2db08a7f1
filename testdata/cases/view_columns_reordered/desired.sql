-- swaps the order of two view columns (needs drop + create)
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL);
CREATE VIEW product_view AS SELECT id, price, name FROM products;
