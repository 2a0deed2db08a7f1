-- renames a view output column through a different alias
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL);
CREATE VIEW product_prices AS SELECT id, price AS unit_price FROM products;
