-- gives the domain a DEFAULT (ALTER DOMAIN ... SET DEFAULT)
CREATE DOMAIN quantity AS integer DEFAULT 1;
CREATE TABLE order_lines (id integer PRIMARY KEY, qty quantity);
