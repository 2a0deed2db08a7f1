-- a schema holding only functions
CREATE SCHEMA helpers;
CREATE FUNCTION helpers.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE FUNCTION helpers.thrice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x * 3 $$;
