CREATE SCHEMA util;
CREATE FUNCTION util.make_code(prefix text) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT prefix || floor(random()*1000)::int::text $$;
CREATE TABLE orders (id int PRIMARY KEY, code text NOT NULL DEFAULT util.make_code('O-'));
CREATE TABLE invoices (id int PRIMARY KEY, code text NOT NULL DEFAULT util.make_code('I-') CHECK (code <> ''));
INSERT INTO orders (id) VALUES (1);
