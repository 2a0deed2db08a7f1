-- makes one function IMMUTABLE STRICT and the other VOLATILE, bodies unchanged
CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower(trim(s)) $$;
CREATE FUNCTION stamp() RETURNS timestamptz LANGUAGE sql VOLATILE AS $$ SELECT now() $$;
