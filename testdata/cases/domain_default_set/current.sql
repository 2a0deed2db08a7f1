-- a domain without a default, used by a column
CREATE DOMAIN quantity AS integer;
CREATE TABLE order_lines (id integer PRIMARY KEY, qty quantity);
INSERT INTO order_lines VALUES (1, 3);
