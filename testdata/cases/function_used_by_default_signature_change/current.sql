-- a column DEFAULT calling a function with no arguments
CREATE FUNCTION next_ref() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'R-' || floor(random() * 1000)::text $$;
CREATE TABLE tickets (id integer PRIMARY KEY, ref text NOT NULL DEFAULT next_ref());
INSERT INTO tickets (id) VALUES (1);
