CREATE FUNCTION is_code(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]{2}[0-9]{3}$' $$;
CREATE FUNCTION default_code() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'AA000' $$;
CREATE DOMAIN code AS text DEFAULT default_code() CONSTRAINT code_shape CHECK (is_code(VALUE));
CREATE TABLE parts (id int PRIMARY KEY, c code);
INSERT INTO parts VALUES (1, 'AB123'), (2, 'CD456');
