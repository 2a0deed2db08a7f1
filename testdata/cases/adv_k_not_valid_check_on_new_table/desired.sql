CREATE TABLE existing (id int PRIMARY KEY);
CREATE TABLE fresh (id int PRIMARY KEY, qty int, existing_id int);
ALTER TABLE fresh ADD CONSTRAINT fresh_qty CHECK (qty > 0) NOT VALID;
ALTER TABLE fresh ADD CONSTRAINT fresh_existing FOREIGN KEY (existing_id) REFERENCES existing (id) NOT VALID;
CREATE DOMAIN posint AS int;
ALTER DOMAIN posint ADD CONSTRAINT posint_pos CHECK (VALUE > 0) NOT VALID;
