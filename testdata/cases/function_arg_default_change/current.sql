-- a function with a defaulted argument
CREATE FUNCTION pad_id(id integer, width integer DEFAULT 6) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(id::text, width, '0') $$;
