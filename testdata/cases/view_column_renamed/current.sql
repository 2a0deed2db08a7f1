-- a view whose output column carries an alias
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL);
CREATE VIEW product_prices AS SELECT id, price AS amount FROM products;
