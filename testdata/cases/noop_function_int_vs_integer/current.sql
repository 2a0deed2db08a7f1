-- functions declared with short type names
CREATE FUNCTION add3(a int, b int4, c int8 DEFAULT 0) RETURNS int8 LANGUAGE sql IMMUTABLE AS $$ SELECT a + b + c $$;
CREATE FUNCTION label(s varchar, f float8) RETURNS bool LANGUAGE sql STABLE AS $$ SELECT s <> '' AND f > 0 $$;
