-- the argument is renamed (the function is dropped and created again),
-- and the domain also becomes NOT NULL and gets a comment and a second check
CREATE FUNCTION is_code(candidate text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT candidate ~ '^[A-Z]{2}[0-9]{3}$' $$;
CREATE FUNCTION default_code() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'AA000' $$;
CREATE DOMAIN code AS text NOT NULL DEFAULT default_code()
    CONSTRAINT code_shape CHECK (is_code(VALUE))
    CONSTRAINT code_length CHECK (length(VALUE) = 5);
COMMENT ON DOMAIN code IS 'part code';
CREATE TABLE parts (id int PRIMARY KEY, c code);
