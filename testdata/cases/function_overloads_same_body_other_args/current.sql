-- one function with a single argument
CREATE FUNCTION area(w numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT w * w $$;
