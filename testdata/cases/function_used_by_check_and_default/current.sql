-- functions used by a CHECK constraint and a column DEFAULT, with rows
CREATE FUNCTION valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 4 $$;
CREATE FUNCTION new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'AAAA' $$;
CREATE TABLE vouchers (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT new_code() CHECK (valid_code(code))
);
INSERT INTO vouchers (id) VALUES (1), (2);
