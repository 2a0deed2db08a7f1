-- a SQL function with a string body
CREATE TABLE items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION item_price(i integer) RETURNS numeric LANGUAGE sql STABLE AS 'SELECT price FROM items WHERE id = i';
