-- keeps area(numeric) and adds a two-argument overload area(numeric, numeric) of the same name
CREATE FUNCTION area(w numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT w * w $$;
CREATE FUNCTION area(w numeric, h numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
