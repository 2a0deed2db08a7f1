CREATE TABLE products (id int PRIMARY KEY, net numeric, gross numeric);
COMMENT ON COLUMN products.gross IS 'gross price';
GRANT SELECT (id, gross) ON products TO adv2a_reader;
CREATE INDEX products_gross ON products (gross);
CREATE VIEW product_prices AS SELECT id, gross FROM products;
INSERT INTO products VALUES (1, 10, 12);
