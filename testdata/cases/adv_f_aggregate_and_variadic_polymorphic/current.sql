CREATE FUNCTION concat_all(VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, ',') $$;
CREATE FUNCTION first_non_null(a anyelement, b anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS 'SELECT coalesce(a, b)';
