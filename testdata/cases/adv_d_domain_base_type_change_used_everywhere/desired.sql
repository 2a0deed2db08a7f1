CREATE DOMAIN money_t AS numeric(14,4) CHECK (VALUE >= 0);
CREATE TABLE prices (id int PRIMARY KEY, p money_t NOT NULL, ps money_t[]);
CREATE VIEW cheap AS SELECT id, p FROM prices WHERE p < 10;
CREATE FUNCTION add_tax(x money_t) RETURNS money_t LANGUAGE sql IMMUTABLE AS 'SELECT (x * 1.2)::money_t';
CREATE TYPE line AS (sku text, price money_t);
