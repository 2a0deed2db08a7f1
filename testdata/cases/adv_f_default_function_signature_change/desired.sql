CREATE SCHEMA util;
CREATE FUNCTION util.make_code(prefix text, width integer DEFAULT 4) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT prefix || lpad(floor(random()*1000)::int::text, width, '0') $$;
CREATE TABLE orders (id int PRIMARY KEY, code text NOT NULL DEFAULT util.make_code('O-'));
CREATE TABLE invoices (id int PRIMARY KEY, code text NOT NULL DEFAULT util.make_code('I-', 6) CHECK (code <> ''));
