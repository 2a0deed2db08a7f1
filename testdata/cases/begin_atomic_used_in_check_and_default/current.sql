CREATE TABLE limits (name text PRIMARY KEY, max_qty int);
INSERT INTO limits VALUES ('default', 10);
CREATE FUNCTION max_qty() RETURNS int LANGUAGE sql STABLE BEGIN ATOMIC SELECT max_qty FROM limits WHERE name = 'default'; END;
CREATE TABLE cart (id int PRIMARY KEY, qty int DEFAULT max_qty());
INSERT INTO cart VALUES (1, 3);
