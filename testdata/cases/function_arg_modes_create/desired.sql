-- creates functions mixing argument modes, unnamed arguments and defaults given with =
CREATE FUNCTION stats(VARIADIC vals numeric[], OUT lo numeric, OUT hi numeric)
    LANGUAGE sql IMMUTABLE AS $$ SELECT min(v), max(v) FROM unnest(vals) AS v $$;
CREATE FUNCTION swap(INOUT a integer, INOUT b integer)
    LANGUAGE sql IMMUTABLE AS $$ SELECT b, a $$;
CREATE FUNCTION concat3(text, text, sep text = '-') RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT $1 || sep || $2 $$;
