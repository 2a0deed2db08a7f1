-- changes the default value of an argument
CREATE FUNCTION pad_id(id integer, width integer DEFAULT 8) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(id::text, width, '0') $$;
