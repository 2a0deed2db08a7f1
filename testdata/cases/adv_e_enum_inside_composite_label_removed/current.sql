CREATE TYPE currency AS ENUM ('EUR', 'USD', 'GBP');
CREATE TYPE price AS (amount numeric, cur currency);
CREATE DOMAIN cur_d AS currency NOT NULL DEFAULT 'EUR';
CREATE TABLE products (id int PRIMARY KEY, p price, c cur_d, cs currency[]);
INSERT INTO products VALUES (1, ROW(1, 'USD'), 'EUR', '{EUR}');
