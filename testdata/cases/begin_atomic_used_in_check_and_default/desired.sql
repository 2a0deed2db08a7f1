CREATE TABLE limits (name text PRIMARY KEY, max_qty bigint);
CREATE FUNCTION max_qty() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT max_qty FROM limits WHERE name = 'default'; END;
CREATE TABLE cart (id int PRIMARY KEY, qty bigint DEFAULT max_qty());
