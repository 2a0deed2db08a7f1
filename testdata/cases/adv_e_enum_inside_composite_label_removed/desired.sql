CREATE TYPE currency AS ENUM ('EUR', 'USD');
CREATE TYPE price AS (amount numeric, cur currency);
CREATE DOMAIN cur_d AS currency NOT NULL DEFAULT 'EUR';
CREATE TABLE products (id int PRIMARY KEY, p price, c cur_d, cs currency[]);
